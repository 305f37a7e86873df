package za.gov.dpsa.isdip.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A reporting period of the government's financial year (1 April to 31 March): a quarter, or the whole year
 * ({@code quarter == 0}). {@code fiscalYear} is the year the financial year starts in: 2026 is 2026/27.
 */
public record ReportingPeriod(long id, int fiscalYear, int quarter, LocalDate startsOn, LocalDate endsOn,
                              LocalDate dueOn) {

    public static LocalDate start(int fiscalYear, int quarter) {
        return quarter == 0 ? LocalDate.of(fiscalYear, 4, 1) : LocalDate.of(fiscalYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public static LocalDate end(int fiscalYear, int quarter) {
        return quarter == 0 ? LocalDate.of(fiscalYear + 1, 3, 31) : start(fiscalYear, quarter).plusMonths(3).minusDays(1);
    }

    /** The financial year and quarter a date falls in: {fiscalYear, quarter}. */
    public static int[] quarterOf(LocalDate date) {
        int fiscalYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int monthsIn = (date.getMonthValue() + 8) % 12;
        return new int[] {fiscalYear, monthsIn / 3 + 1};
    }

    public String label() {
        String year = fiscalYear + "/" + String.format("%02d", (fiscalYear + 1) % 100);
        return quarter == 0 ? year : year + " Q" + quarter;
    }

    public Instant startInstant(ZoneId zone) {
        return startsOn.atStartOfDay(zone).toInstant();
    }

    public Instant endInstant(ZoneId zone) {
        return endsOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Submitted by the end of the due date, South African time. */
    public boolean onTime(Instant submittedAt, ZoneId zone) {
        return submittedAt.isBefore(dueOn.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
