package za.gov.dpsa.isdip.reporting.internal;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;

/** Lets tests of other packages open the current quarter the way ReportingTest does. */
public final class ReportingTestAccess {

    private ReportingTestAccess() {
    }

    public static ReportingPeriod currentQuarter(ReportingPeriods periods) {
        return ReportingTest.currentQuarter(periods);
    }

    public static ReportingPeriod previousQuarter(ReportingPeriods periods) {
        return ReportingTest.previousQuarter(periods);
    }
}
