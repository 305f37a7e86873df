package za.gov.dpsa.isdip.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.internal.ReportingDemoData.Outcome;

/**
 * The demo's past quarters show real timeliness: most reports on time, a few late, a few never sent, the same on
 * every machine; it used to submit them all "now", after every due date, so each past quarter read 0% on time.
 */
class ReportingDemoDataTest {

    /** The demo departments (tenants/*.yaml). */
    static final List<String> DEMO = List.of("del", "dha", "dpsa", "ec-social-development", "gp-health",
            "kzn-transport", "wc-education");
    static final Instant NOW = LocalDate.of(2026, 12, 6).atTime(20, 0).atZone(PortalTime.ZONE).toInstant();

    @Test
    void everyPastQuarterHasReportsOnTimeLateAndMissingAndTheirDatesSayWhich() {
        Set<String> lateAcrossQuarters = new HashSet<>();
        for (ReportingPeriod period : pastQuarters()) {
            Map<String, Outcome> outcomes = ReportingDemoData.outcomes(DEMO, period);
            assertThat(outcomes).containsOnlyKeys(DEMO);
            assertThat(outcomes.values()).as(period.label()).contains(Outcome.ON_TIME, Outcome.LATE, Outcome.MISSING);
            long onTime = outcomes.values().stream().filter(o -> o == Outcome.ON_TIME).count();
            assertThat(onTime).as(period.label()).isGreaterThanOrEqualTo(DEMO.size() / 2);
            outcomes.forEach((department, outcome) -> {
                if (outcome == Outcome.MISSING) {
                    return;
                }
                Instant at = ReportingDemoData.submittedAt(department, period, outcome, NOW);
                assertThat(at).isAfterOrEqualTo(period.endInstant(PortalTime.ZONE)).isBeforeOrEqualTo(NOW);
                assertThat(period.onTime(at, PortalTime.ZONE)).as(department + " " + period.label())
                        .isEqualTo(outcome == Outcome.ON_TIME);
                if (outcome == Outcome.LATE) {
                    lateAcrossQuarters.add(department);
                }
            });
        }
        // Not always the same department that is late.
        assertThat(lateAcrossQuarters).hasSizeGreaterThan(1);
    }

    @Test
    void thePlanIsTheSameEveryTimeAndDoesNotDependOnTheOrderDepartmentsComeIn() {
        ReportingPeriod period = pastQuarters().getFirst();
        List<String> reversed = new ArrayList<>(DEMO).reversed();
        assertThat(ReportingDemoData.outcomes(reversed, period)).isEqualTo(ReportingDemoData.outcomes(DEMO, period));
        assertThat(ReportingDemoData.submittedAt("dha", period, Outcome.ON_TIME, NOW))
                .isEqualTo(ReportingDemoData.submittedAt("dha", period, Outcome.ON_TIME, NOW));
    }

    /** The four quarters before 2026/27 Q3, each due 30 days after it ends, as the demo opens them. */
    static List<ReportingPeriod> pastQuarters() {
        List<ReportingPeriod> quarters = new ArrayList<>();
        int[][] yearQuarter = {{2025, 3}, {2025, 4}, {2026, 1}, {2026, 2}};
        long id = 1;
        for (int[] q : yearQuarter) {
            LocalDate end = ReportingPeriod.end(q[0], q[1]);
            quarters.add(new ReportingPeriod(id++, q[0], q[1], ReportingPeriod.start(q[0], q[1]), end,
                    end.plusDays(30)));
        }
        return quarters;
    }
}
