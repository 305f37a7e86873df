package za.gov.dpsa.isdip.reporting.internal;

import java.time.Clock;
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
 * quarters submitted and mostly accepted from each department's (demo) data, the latest one half done, so
 * DPSA's console shows what a real year looks like. Runs once, after the case demo data, only when enabled.
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
        Random random = new Random(42);
        Map<String, Set<Long>> submittedBy = new HashMap<>();
        tenantWork.forEachDepartment(department -> {
            PortalUser reporter = user(department.id() + ".reporter", department, PortalRole.DEPT_USER,
                    PortalRole.DEPT_REPORTER);
            for (ReportingPeriod period : opened) {
                boolean ended = today.isAfter(period.endsOn());
                boolean older = today.isAfter(period.dueOn());
                if (!ended || (!older && random.nextDouble() < 0.5)) {
                    continue;
                }
                // Every figure is computed from the modules' demo data; nothing is typed by hand.
                as(reporter, () -> reports.submit(period.id()));
                submittedBy.computeIfAbsent(department.id(), k -> new java.util.HashSet<>()).add(period.id());
            }
        });
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

    private static void as(PortalUser user, Runnable work) {
        user.runAs(work);
    }

    private static PortalUser user(String username, Department department, PortalRole... roles) {
        return PortalUser.acting(username, username, department == null ? null : department.id(), roles);
    }
}
