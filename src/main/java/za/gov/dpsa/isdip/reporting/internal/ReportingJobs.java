package za.gov.dpsa.isdip.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.data.department.ReportReminderEntity;
import za.gov.dpsa.isdip.reporting.data.department.ReportReminderRepository;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionRepository;
import za.gov.dpsa.isdip.reporting.data.platform.ReportingPeriodEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportingPeriodRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Synchronised reporting: when a period ends, every department's draft is assembled from its data; a week
 * before the due date, and the day before, departments that have not submitted are reminded.
 * <p>
 * One instance runs it at a time ({@link ClusterJobs}), and each step is safe to repeat: a period is marked
 * assembled (or reminded) only once every active department's part is done, a department that failed or was not
 * served is done at the next run, and what was done already is not done again (an assembled draft is kept, a
 * reminder is recorded in the department's database together with its notice).
 */
@Component
public class ReportingJobs {

    /** A run over every department takes minutes; the next is a day later. */
    static final ClusterJobs.Job JOB = new ClusterJobs.Job("reporting.jobs", Duration.ofHours(2),
            Duration.ofMinutes(10));
    private static final Logger log = LoggerFactory.getLogger(ReportingJobs.class);

    private final ReportingPeriodRepository periods;
    private final ReportSubmissionRepository submissions;
    private final ReportReminderRepository reminders;
    private final DepartmentReports reports;
    private final Notifications notifications;
    private final TenantWork tenantWork;
    private final ClusterJobs clusterJobs;
    private final AuditTrail auditTrail;
    private final Clock clock;

    ReportingJobs(ReportingPeriodRepository periods, ReportSubmissionRepository submissions,
                  ReportReminderRepository reminders, DepartmentReports reports, Notifications notifications,
                  TenantWork tenantWork, ClusterJobs clusterJobs, AuditTrail auditTrail, Clock clock) {
        this.periods = periods;
        this.submissions = submissions;
        this.reminders = reminders;
        this.reports = reports;
        this.notifications = notifications;
        this.tenantWork = tenantWork;
        this.clusterJobs = clusterJobs;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // Claimed in the platform database first (ClusterJobs): one instance runs it, the others skip.
    @Scheduled(cron = "${isdip.reporting.jobs-cron:0 30 6 * * *}", zone = "Africa/Johannesburg")
    public ClusterJobs.Outcome scheduled() {
        return clusterJobs.run(JOB, this::run);
    }

    /**
     * Closes ended periods and sends the reminders due today. Every period and department is tried; when one
     * department could not be done, this throws at the end, and the next run does what is left.
     */
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        List<ReportingPeriodEntity> all = tenantWork.inPlatform(() -> periods.findAll());
        List<String> unfinished = new ArrayList<>();
        for (ReportingPeriodEntity entity : all) {
            ReportingPeriod period = entity.toPeriod();
            if (!entity.isDraftsAssembled() && today.isAfter(period.endsOn())) {
                List<String> failed = assembleDrafts(period);
                if (failed.isEmpty()) {
                    tenantWork.inPlatform(() -> {
                        if (periods.markDraftsAssembled(period.id()) > 0) {
                            auditTrail.record("UPDATE", "ReportingPeriod", period.id(), "changed: draftsAssembled");
                        }
                    });
                    log.info("Drafts assembled for every department for {}", period.label());
                } else {
                    unfinished.add("drafts of " + period.label() + " in " + failed);
                }
            }
            int due = remindersDue(period, today);
            if (due > entity.getRemindersSent()) {
                List<String> failed = remind(period, due);
                if (failed.isEmpty()) {
                    tenantWork.inPlatform(() -> {
                        if (periods.markRemindersSent(period.id(), due) > 0) {
                            auditTrail.record("UPDATE", "ReportingPeriod", period.id(), "changed: remindersSent");
                        }
                    });
                } else {
                    unfinished.add("reminder " + due + " of " + period.label() + " in " + failed);
                }
            }
        }
        if (!unfinished.isEmpty()) {
            throw new IllegalStateException("Reporting jobs left for the next run: " + String.join("; ", unfinished));
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

    /** Returns the departments whose draft could not be assembled. */
    private List<String> assembleDrafts(ReportingPeriod period) {
        List<String> failed = new ArrayList<>();
        tenantWork.forEachDepartment(department -> reports.assembleDraft(period, department.id()),
                (department, failure) -> {
                    log.warn("Draft of {} for {} not assembled, tried again at the next run: {}", department.id(),
                            period.label(), failure.toString());
                    failed.add(department.id());
                });
        return failed;
    }

    /**
     * Reminder {@code number} to every department that has not submitted and has not had it yet; the record and
     * the notice commit together in the department's database. Returns the departments that could not be reminded.
     */
    private List<String> remind(ReportingPeriod period, int number) {
        Set<String> submitted = tenantWork.inPlatform(() -> submissions.findByPeriodIdIn(Set.of(period.id())).stream()
                .filter(s -> s.getStatus() != SubmissionStatus.RETURNED)
                .map(ReportSubmissionEntity::getDepartmentId).collect(Collectors.toSet()));
        List<String> failed = new ArrayList<>();
        tenantWork.forEachDepartment(department -> {
            if (submitted.contains(department.id())
                    || reminders.existsById(new ReportReminderEntity.Key(period.id(), number))) {
                return;
            }
            // Flushed first: of two runs at once, the second meets the key and rolls back its notice.
            reminders.saveAndFlush(new ReportReminderEntity(period.id(), number, clock.instant()));
            notifications.notifyRole(PortalRole.DEPT_REPORTER, "notification.report.reminder",
                    List.of(period.label(), period.dueOn().toString()), "reporting");
        }, (department, failure) -> {
            log.warn("Reminder {} of {} not sent to {}, tried again at the next run: {}", number, period.label(),
                    department.id(), failure.toString());
            failed.add(department.id());
        });
        return failed;
    }
}
