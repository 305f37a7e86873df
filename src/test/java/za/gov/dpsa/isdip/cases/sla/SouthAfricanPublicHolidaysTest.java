package za.gov.dpsa.isdip.cases.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SouthAfricanPublicHolidaysTest {

    @Test
    void holidaysOf2026AreTheTwelveStatutoryDaysPlusWomensDayObservedOnMonday() {
        assertThat(SouthAfricanPublicHolidays.holidaysOf(2026)).containsExactly(
                Map.entry(LocalDate.of(2026, 1, 1), "New Year's Day"),
                Map.entry(LocalDate.of(2026, 3, 21), "Human Rights Day"),
                Map.entry(LocalDate.of(2026, 4, 3), "Good Friday"),
                Map.entry(LocalDate.of(2026, 4, 6), "Family Day"),
                Map.entry(LocalDate.of(2026, 4, 27), "Freedom Day"),
                Map.entry(LocalDate.of(2026, 5, 1), "Workers' Day"),
                Map.entry(LocalDate.of(2026, 6, 16), "Youth Day"),
                Map.entry(LocalDate.of(2026, 8, 9), "National Women's Day"),
                Map.entry(LocalDate.of(2026, 8, 10), "National Women's Day (observed)"),
                Map.entry(LocalDate.of(2026, 9, 24), "Heritage Day"),
                Map.entry(LocalDate.of(2026, 12, 16), "Day of Reconciliation"),
                Map.entry(LocalDate.of(2026, 12, 25), "Christmas Day"),
                Map.entry(LocalDate.of(2026, 12, 26), "Day of Goodwill"));
    }

    @Test
    void saturdayHolidaysAreNotMovedToMonday() {
        // 2026-03-21 (Human Rights Day) and 2026-12-26 (Day of Goodwill) are Saturdays.
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2026, 3, 23))).isFalse();
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2026, 12, 28))).isFalse();
    }

    @ParameterizedTest(name = "{0}: Good Friday {1}, Family Day {2}")
    @CsvSource({
        "2016, 2016-03-25, 2016-03-28",
        "2019, 2019-04-19, 2019-04-22",
        "2024, 2024-03-29, 2024-04-01",
        "2025, 2025-04-18, 2025-04-21",
        "2026, 2026-04-03, 2026-04-06",
        "2027, 2027-03-26, 2027-03-29",
        "2038, 2038-04-23, 2038-04-26",
    })
    void easterHolidaysFollowTheGregorianComputus(int year, LocalDate goodFriday, LocalDate familyDay) {
        Map<LocalDate, String> holidays = SouthAfricanPublicHolidays.holidaysOf(year);

        assertThat(holidays).containsEntry(goodFriday, "Good Friday").containsEntry(familyDay, "Family Day");
        assertThat(holidays.values()).containsOnlyOnce("Good Friday", "Family Day");
    }

    @Test
    void easterSundayIncludesTheEarliestAndLatestPossibleDates() {
        assertThat(SouthAfricanPublicHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(SouthAfricanPublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(SouthAfricanPublicHolidays.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    }

    @ParameterizedTest(name = "{0} falls on a Sunday, so {1} is a holiday: {2}")
    @CsvSource(delimiter = '|', value = {
        "2022-05-01 | 2022-05-02 | Workers' Day (observed)",
        "2027-03-21 | 2027-03-22 | Human Rights Day (observed)",
        "2023-01-01 | 2023-01-02 | New Year's Day (observed)",
        "2023-09-24 | 2023-09-25 | Heritage Day (observed)",
        "2026-08-09 | 2026-08-10 | National Women's Day (observed)",
        "2027-12-26 | 2027-12-27 | Day of Goodwill (observed)",
    })
    void aHolidayOnASundayMakesTheFollowingMondayAHoliday(LocalDate sunday, LocalDate monday, String name) {
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(SouthAfricanPublicHolidays.holidaysOf(sunday.getYear())).containsEntry(monday, name);
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(monday)).isTrue();
    }

    @Test
    void christmasOnASundayAddsNoExtraDayBeyondTheDayOfGoodwillUnlessDeclared() {
        Map<LocalDate, String> y2022 = SouthAfricanPublicHolidays.holidaysOf(2022);
        assertThat(y2022).containsEntry(LocalDate.of(2022, 12, 25), "Christmas Day")
                .containsEntry(LocalDate.of(2022, 12, 26), "Day of Goodwill")
                .containsEntry(LocalDate.of(2022, 12, 27), "Public holiday declared by the President");
        assertThat(y2022).hasSize(14);

        // 2016: the same weekday pattern, but no declaration: 27 December was a working day.
        assertThat(SouthAfricanPublicHolidays.holidaysOf(2016))
                .containsEntry(LocalDate.of(2016, 12, 26), "Day of Goodwill")
                .doesNotContainKey(LocalDate.of(2016, 12, 27));
    }

    @ParameterizedTest(name = "{0} declared: {1}")
    @CsvSource(delimiter = '|', value = {
        "2016-08-03 | Local government elections",
        "2019-05-08 | National and provincial elections",
        "2021-11-01 | Local government elections",
        "2022-12-27 | Public holiday declared by the President",
        "2023-12-15 | Public holiday declared by the President (Rugby World Cup)",
        "2024-05-29 | National and provincial elections",
    })
    void declaredOneOffHolidaysAreIncluded(LocalDate date, String name) {
        assertThat(SouthAfricanPublicHolidays.holidaysOf(date.getYear())).containsEntry(date, name);
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(date)).isTrue();
    }

    @Test
    void declaredHolidaysDoNotRecurInOtherYears() {
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2025, 5, 29))).isFalse();
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2024, 12, 27))).isFalse();
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2024, 12, 15))).isFalse();
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 2))).isFalse();
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 7))).isFalse();
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(SouthAfricanPublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 6))).isTrue();
    }

    @Test
    void theMapIsSortedAndUnmodifiable() {
        Map<LocalDate, String> holidays = SouthAfricanPublicHolidays.holidaysOf(2023);

        assertThat(List.copyOf(holidays.keySet())).isSorted();
        assertThat(holidays).hasSize(15);
        assertThatThrownBy(() -> holidays.put(LocalDate.of(2023, 7, 1), "Not a holiday"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
