package za.gov.dpsa.isdip.reporting.rest;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;

/**
 * The portal's financial-year periods as DHIS2 and ADX name them. South Africa's financial year starts on 1 April,
 * DHIS2's quarters are calendar quarters, so the financial quarter is shifted by one: FY 2026/27 Q1 (April to June
 * 2026) is {@code 2026Q2}, Q4 (January to March 2027) is {@code 2027Q1}. A whole financial year is DHIS2's
 * "financial April" period, {@code 2026April}. ADX uses the ISO 8601 start and duration instead.
 */
public final class Dhis2Periods {

    private Dhis2Periods() {
    }

    /** The DHIS2 ISO period: {@code 2026Q2} ... {@code 2027Q1}, or {@code 2026April} for the whole year. */
    public static String isoPeriod(int fiscalYear, int quarter) {
        check(quarter);
        if (quarter == 0) {
            return fiscalYear + "April";
        }
        // Financial Q1-Q3 fall in the calendar year the financial year starts in (calendar Q2-Q4), Q4 in the next.
        return quarter == 4 ? (fiscalYear + 1) + "Q1" : fiscalYear + "Q" + (quarter + 1);
    }

    /** The ADX period: the first day and the duration, {@code 2026-07-01/P3M} or {@code 2026-04-01/P1Y}. */
    public static String adxPeriod(int fiscalYear, int quarter) {
        check(quarter);
        return ReportingPeriod.start(fiscalYear, quarter) + (quarter == 0 ? "/P1Y" : "/P3M");
    }

    public static String isoPeriod(ReportingPeriod period) {
        return isoPeriod(period.fiscalYear(), period.quarter());
    }

    public static String adxPeriod(ReportingPeriod period) {
        return adxPeriod(period.fiscalYear(), period.quarter());
    }

    private static void check(int quarter) {
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, or 0 for the whole year: " + quarter);
        }
    }
}
