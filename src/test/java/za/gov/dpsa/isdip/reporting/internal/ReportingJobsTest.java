package za.gov.dpsa.isdip.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import static za.gov.dpsa.isdip.reporting.internal.ReportingTest.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Synchronised reporting: drafts assembled for every department when a period ends, and reminders. */
@SpringBootTest
@ActiveProfiles("test")
class ReportingJobsTest {

    @Autowired
    ReportingPeriods periods;
    @Autowired
    ReportingJobs jobs;
    @Autowired
    ReportingConsole console;
    @Autowired
    Notifications notifications;

    @Test
    void whenAPeriodHasEndedEveryDepartmentGetsADraftAndReportersAreReminded() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        int[] current = ReportingPeriod.quarterOf(today);
        int index = current[0] * 4 + current[1] - 1 - 1;
        int fiscalYear = index / 4;
        int quarter = index % 4 + 1;
        ReportingPeriod previous = as(ReportingTest.DPSA, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == fiscalYear && p.quarter() == quarter).findFirst()
                .orElseGet(() -> periods.open(fiscalYear, quarter, today.plusDays(5))));

        jobs.run();

        ReportingConsole.Matrix matrix = as(ReportingTest.DPSA, () -> console.matrix(ReportingConsole.Scope.ALL, 8));
        assertThat(matrix.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.cells().get(previous.id()))
                .isIn(ConsoleCell.DRAFT, ConsoleCell.SUBMITTED, ConsoleCell.ACCEPTED, ConsoleCell.RETURNED));
        PortalUser reporter = TestUsers.user("del.reporter", "del", "dept-user", "dept-reporter");
        assertThat(as(reporter, () -> notifications.latest(reporter)))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notification.report.reminder");
                    assertThat(n.params()).contains(previous.label());
                });
        long before = as(reporter, () -> notifications.latest(reporter)).stream()
                .filter(n -> n.messageKey().equals("notification.report.reminder")).count();

        jobs.run();

        assertThat(as(reporter, () -> notifications.latest(reporter)).stream()
                .filter(n -> n.messageKey().equals("notification.report.reminder")).count()).isEqualTo(before);
    }
}
