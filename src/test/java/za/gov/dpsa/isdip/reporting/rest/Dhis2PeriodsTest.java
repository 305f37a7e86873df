package za.gov.dpsa.isdip.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;

/** The financial year (April to March) against DHIS2's calendar periods and ADX's start/duration periods. */
class Dhis2PeriodsTest {

    @Test
    void everyFinancialQuarterMapsToTheCalendarQuarterItCovers() {
        assertThat(Dhis2Periods.isoPeriod(2026, 1)).isEqualTo("2026Q2");
        assertThat(Dhis2Periods.isoPeriod(2026, 2)).isEqualTo("2026Q3");
        assertThat(Dhis2Periods.isoPeriod(2026, 3)).isEqualTo("2026Q4");
        assertThat(Dhis2Periods.isoPeriod(2026, 4)).isEqualTo("2027Q1");

        assertThat(Dhis2Periods.adxPeriod(2026, 1)).isEqualTo("2026-04-01/P3M");
        assertThat(Dhis2Periods.adxPeriod(2026, 2)).isEqualTo("2026-07-01/P3M");
        assertThat(Dhis2Periods.adxPeriod(2026, 3)).isEqualTo("2026-10-01/P3M");
        assertThat(Dhis2Periods.adxPeriod(2026, 4)).isEqualTo("2027-01-01/P3M");
    }

    @Test
    void theWholeFinancialYearIsDhis2sFinancialAprilPeriod() {
        assertThat(Dhis2Periods.isoPeriod(2026, 0)).isEqualTo("2026April");
        assertThat(Dhis2Periods.adxPeriod(2026, 0)).isEqualTo("2026-04-01/P1Y");
    }

    @Test
    void theFourthQuarterCrossesIntoTheNextCalendarYearAtEveryBoundary() {
        assertThat(Dhis2Periods.isoPeriod(2029, 4)).isEqualTo("2030Q1");
        assertThat(Dhis2Periods.adxPeriod(2029, 4)).isEqualTo("2030-01-01/P3M");
        assertThat(Dhis2Periods.isoPeriod(1999, 4)).isEqualTo("2000Q1");
        // 31 March 2027 is still FY 2026/27 Q4, that is DHIS2 2027Q1; 1 April 2027 starts 2027/28 Q1 = 2027Q2.
        int[] lastDay = ReportingPeriod.quarterOf(LocalDate.of(2027, 3, 31));
        int[] firstDay = ReportingPeriod.quarterOf(LocalDate.of(2027, 4, 1));
        assertThat(Dhis2Periods.isoPeriod(lastDay[0], lastDay[1])).isEqualTo("2027Q1");
        assertThat(Dhis2Periods.isoPeriod(firstDay[0], firstDay[1])).isEqualTo("2027Q2");
    }

    @Test
    void theIsoPeriodCoversExactlyTheDaysOfTheFinancialQuarter() {
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate start = ReportingPeriod.start(2026, quarter);
            String iso = Dhis2Periods.isoPeriod(2026, quarter);
            int calendarQuarter = (start.getMonthValue() - 1) / 3 + 1;
            assertThat(iso).isEqualTo(start.getYear() + "Q" + calendarQuarter);
            assertThat(ReportingPeriod.end(2026, quarter)).isEqualTo(start.plusMonths(3).minusDays(1));
        }
    }

    @Test
    void aQuarterOutsideZeroToFourIsAProgrammingError() {
        assertThatThrownBy(() -> Dhis2Periods.isoPeriod(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApiNamesPeriodsAsThePortalLabelsThemAndReadsOnlyWellFormedIds() {
        assertThat(PeriodIds.of(2026, 1)).isEqualTo("2026-27-Q1");
        assertThat(PeriodIds.of(2026, 0)).isEqualTo("2026-27");
        assertThat(PeriodIds.of(2099, 4)).isEqualTo("2099-00-Q4");
        assertThat(PeriodIds.parse("2026-27-Q4")).hasValueSatisfying(p -> assertThat(p).containsExactly(2026, 4));
        assertThat(PeriodIds.parse("2026-27")).hasValueSatisfying(p -> assertThat(p).containsExactly(2026, 0));
        assertThat(PeriodIds.parse("2099-00-Q1")).hasValueSatisfying(p -> assertThat(p).containsExactly(2099, 1));
        assertThat(PeriodIds.parse("2026-28-Q1")).isEmpty();
        assertThat(PeriodIds.parse("2026-27-Q5")).isEmpty();
        assertThat(PeriodIds.parse("2026Q2")).isEmpty();
        assertThat(PeriodIds.parse(null)).isEmpty();
    }
}
