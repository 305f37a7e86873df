package za.gov.dpsa.isdip.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.reporting.data.ReportSubmissionEntity;
import za.gov.dpsa.isdip.reporting.data.ReportSubmissionRepository;
import za.gov.dpsa.isdip.reporting.data.ReportingPeriodEntity;
import za.gov.dpsa.isdip.reporting.data.ReportingPeriodRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Synchronised reporting: when a period ends, every department's draft is assembled from its data; a week
 * before the due date, and the day before, departments that have not submitted are reminded.
 */
@Component
public class ReportingJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportingJobs.class);

    private final ReportingPeriodRepository periods;
    private final ReportSubmissionRepository submissions;
    private final DepartmentReports reports;
    private final Notifications notifications;
    private final TenantWork tenantWork;
    private final Clock clock;

    ReportingJobs(ReportingPeriodRepository periods, ReportSubmissionRepository submissions,
                  DepartmentReports reports, Notifications notifications, TenantWork tenantWork, Clock clock) {
        this.periods = periods;
        this.submissions = submissions;
        this.reports = reports;
        this.notifications = notifications;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    @Scheduled(cron = "${isdip.reporting.jobs-cron:0 30 6 * * *}", zone = "Africa/Johannesburg")
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(IsdipPortalApplication.ZONE));
        List<ReportingPeriodEntity> all = tenantWork.inPlatform(() -> periods.findAll());
        for (ReportingPeriodEntity entity : all) {
            ReportingPeriod period = entity.toPeriod();
            if (!entity.isDraftsAssembled() && today.isAfter(period.endsOn())) {
                tenantWork.forEachDepartment(department -> reports.assembleDraft(period, department.id()));
                tenantWork.inPlatform(() -> periods.findById(period.id()).ifPresent(ReportingPeriodEntity::markDraftsAssembled));
                log.info("Drafts assembled for every department for {}", period.label());
            }
            int due = remindersDue(period, today);
            if (due > entity.getRemindersSent()) {
                remind(period);
                tenantWork.inPlatform(() -> periods.findById(period.id()).ifPresent(p -> p.setRemindersSent(due)));
            }
        }
    }

    /** How many reminders should have gone out by today: one a week before the due date, one the day before. */
    static int remindersDue(ReportingPeriod period, LocalDate today) {
        if (today.isAfter(period.dueOn())) {
            return 0;
        }
        if (!today.isBefore(period.dueOn().minusDays(1))) {
            return 2;
        }
        return !today.isBefore(period.dueOn().minusDays(7)) ? 1 : 0;
    }

    private void remind(ReportingPeriod period) {
        Set<String> submitted = tenantWork.inPlatform(() -> submissions.findByPeriodIdIn(Set.of(period.id())).stream()
                .filter(s -> s.getStatus() != SubmissionStatus.RETURNED)
                .map(ReportSubmissionEntity::getDepartmentId).collect(Collectors.toSet()));
        tenantWork.forEachDepartment(department -> {
            if (!submitted.contains(department.id())) {
                notifications.notifyRole(PortalRole.DEPT_REPORTER, "notification.report.reminder",
                        List.of(period.label(), period.dueOn().toString()), "reporting");
            }
        });
    }
}
