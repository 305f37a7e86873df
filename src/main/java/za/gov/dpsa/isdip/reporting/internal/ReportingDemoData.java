package za.gov.dpsa.isdip.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Demo reporting history for the embedded run: the last four quarters and the current one opened, older
 * quarters submitted (most on time, a few late, a few never) and mostly accepted from each department's (demo)
 * data, the latest one half done, so DPSA's console shows what a real year looks like, timeliness included.
 * Runs once, after the case demo data, only when enabled.
 */
@Component
class ReportingDemoData {

    private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);

    private final boolean enabled;
    private final ReportingPeriods periods;
    private final DepartmentReports reports;
    private final ReportingConsole console;
    private final TenantWork tenantWork;
    private final Clock clock;

    ReportingDemoData(@Value("${isdip.demo-data.reporting:false}") boolean enabled, ReportingPeriods periods,
                      DepartmentReports reports, ReportingConsole console, TenantWork tenantWork, Clock clock) {
        this.enabled = enabled;
        this.periods = periods;
        this.reports = reports;
        this.console = console;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void seed() {
        if (!enabled || !periods.all().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        int[] current = ReportingPeriod.quarterOf(today);
        List<ReportingPeriod> opened = new ArrayList<>();
        as(user("dpsa.superadmin", null, PortalRole.DPSA_ADMIN), () -> {
            for (int back = 4; back >= 0; back--) {
                int quarterIndex = current[0] * 4 + current[1] - 1 - back;
                int fiscalYear = quarterIndex / 4;
                int quarter = quarterIndex % 4 + 1;
                opened.add(periods.open(fiscalYear, quarter, ReportingPeriod.end(fiscalYear, quarter).plusDays(30)));
            }
        });
        List<Department> departments = new ArrayList<>();
        tenantWork.forEachDepartment(departments::add);
        Map<Long, Map<String, Outcome>> plans = new HashMap<>();
        opened.forEach(period -> plans.put(period.id(), outcomes(departments.stream().map(Department::id).toList(),
                period)));
        Instant now = clock.instant();
        Map<String, Set<Long>> submittedBy = new HashMap<>();
        tenantWork.forEachDepartment(department -> {
            PortalUser reporter = user(department.id() + ".reporter", department, PortalRole.DEPT_USER,
                    PortalRole.DEPT_REPORTER);
            for (ReportingPeriod period : opened) {
                boolean ended = today.isAfter(period.endsOn());
                boolean older = today.isAfter(period.dueOn());
                Outcome outcome = plans.get(period.id()).getOrDefault(department.id(), Outcome.ON_TIME);
                if (!ended || outcome == Outcome.MISSING || (!older && !sentEarly(department.id(), period))) {
                    continue;
                }
                // Every figure is computed from the modules' demo data; nothing is typed by hand. Older quarters
                // are dated when the department sent them; the one still open for reports is sent now.
                as(reporter, () -> {
                    if (older) {
                        reports.submitAsOf(period.id(), submittedAt(department.id(), period, outcome, now));
                    } else {
                        reports.submit(period.id());
                    }
                });
                submittedBy.computeIfAbsent(department.id(), k -> new java.util.HashSet<>()).add(period.id());
            }
        });
        Random random = new Random(42);
        // DPSA reviews the older quarters: most accepted, an occasional return.
        as(user("dpsa.superadmin", null, PortalRole.DPSA_ADMIN), () -> {
            var matrix = console.matrix(ReportingConsole.Scope.ALL, opened.size());
            for (var row : matrix.rows()) {
                for (ReportingPeriod period : opened) {
                    Long id = row.submissionIds().get(period.id());
                    if (id == null || !today.isAfter(period.dueOn())) {
                        continue;
                    }
                    var review = console.review(id);
                    if (random.nextDouble() < 0.85) {
                        console.accept(id, review.summary().rowVersion());
                    } else {
                        console.returnToDepartment(id, review.summary().rowVersion(),
                                "Please add a narrative explaining the overdue actions.");
                    }
                }
            }
        });
        log.info("Demo reporting: {} periods opened, reports from {} departments", opened.size(), submittedBy.size());
    }

    /** How a department's report for a period goes in the demo. */
    enum Outcome { ON_TIME, LATE, MISSING }

    /**
     * Which departments report a period on time, late or not at all: one or two late and one missing per period,
     * the others on time, chosen by a hash of department and period so the demo is the same on every machine (and
     * a different department is late each quarter).
     */
    static Map<String, Outcome> outcomes(List<String> departmentIds, ReportingPeriod period) {
        List<String> ranked = departmentIds.stream().sorted(java.util.Comparator
                .comparingInt((String id) -> seed(id, period)).thenComparing(id -> id)).toList();
        int late = 1 + Math.floorMod(period.label().hashCode(), 2);
        Map<String, Outcome> outcomes = new HashMap<>();
        for (int rank = 0; rank < ranked.size(); rank++) {
            Outcome outcome = rank < late ? Outcome.LATE : rank == late ? Outcome.MISSING : Outcome.ON_TIME;
            outcomes.put(ranked.get(rank), outcome);
        }
        return outcomes;
    }

    /**
     * When a department sent a past period's report: on time, between the day after the period ended and the due
     * date; late, one to twenty days after the due date (never after now). Office hours, South African time.
     */
    static Instant submittedAt(String departmentId, ReportingPeriod period, Outcome outcome, Instant now) {
        Random random = new Random(seed(departmentId, period));
        long window = Math.max(1, period.dueOn().toEpochDay() - period.endsOn().toEpochDay());
        LocalDate day = outcome == Outcome.LATE ? period.dueOn().plusDays(1 + random.nextInt(20))
                : period.endsOn().plusDays(1 + random.nextInt((int) window));
        Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(PortalTime.ZONE).toInstant();
        return at.isAfter(now) ? now : at;
    }

    /** Whether a department has already sent the report of the quarter still open for reports (about half do). */
    static boolean sentEarly(String departmentId, ReportingPeriod period) {
        return Math.floorMod(seed(departmentId, period), 2) == 0;
    }

    /** A seed that is the same on every machine: String.hashCode is fixed by the language. */
    private static int seed(String departmentId, ReportingPeriod period) {
        return (departmentId + "/" + period.label()).hashCode();
    }

    private static void as(PortalUser user, Runnable work) {
        user.runAs(work);
    }

    private static PortalUser user(String username, Department department, PortalRole... roles) {
        return PortalUser.acting(username, username, department == null ? null : department.id(), roles);
    }
}
