package za.gov.dpsa.isdip.reporting.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;

/**
 * The API's name of a reporting period: the portal's label ({@code 2026/27 Q1}, {@code 2026/27}) made safe for a
 * URL path, {@code 2026-27-Q1} for a quarter and {@code 2026-27} for the whole financial year.
 */
final class PeriodIds {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q([1-4]))?");

    private PeriodIds() {
    }

    static String of(ReportingPeriod period) {
        return of(period.fiscalYear(), period.quarter());
    }

    static String of(int fiscalYear, int quarter) {
        String year = fiscalYear + "-" + String.format("%02d", (fiscalYear + 1) % 100);
        return quarter == 0 ? year : year + "-Q" + quarter;
    }

    /** {fiscalYear, quarter} of a well-formed id whose two years follow each other; empty otherwise. */
    static Optional<int[]> parse(String id) {
        Matcher m = id == null ? null : FORMAT.matcher(id.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int fiscalYear = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (fiscalYear + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(new int[] {fiscalYear, m.group(3) == null ? 0 : Integer.parseInt(m.group(3))});
    }
}
