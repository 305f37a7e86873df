package za.gov.dpsa.isdip.standards.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.standards.data.department.ActionItemEntity;
import za.gov.dpsa.isdip.standards.data.department.ActionItemRepository;
import za.gov.dpsa.isdip.standards.data.department.ActionReminderEntity;
import za.gov.dpsa.isdip.standards.data.department.ActionReminderKind;
import za.gov.dpsa.isdip.standards.data.department.ActionReminderRepository;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Every morning, in every department: tells each action's owner (in the portal, and by email when SMTP is
 * configured and their address is known) of their actions that fell overdue and of those due within a week.
 * Each reminder is sent once per action, kind, due date and owner, so running twice sends nothing twice, an action
 * handed over reminds its new owner, and an action
 * given a new due date is reminded of anew. Owners typed as free text before owners were picked get none.
 */
@Component
public class ActionReminders {

    static final int DUE_SOON_DAYS = 7;
    /** Minutes over every department; the next run is a day later. */
    static final ClusterJobs.Job JOB = new ClusterJobs.Job("standards.action-reminders", Duration.ofHours(1),
            Duration.ofMinutes(10));
    /** Where a reminder takes the owner: the actions page showing their own. */
    static final String LINK = "standards/actions?show=MINE";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

    private final TenantWork tenantWork;
    private final ActionItemRepository actions;
    private final ActionReminderRepository reminders;
    private final DepartmentMembers members;
    private final Notifications notifications;
    private final TransactionTemplate claims;
    private final ClusterJobs clusterJobs;
    private final Clock clock;

    ActionReminders(TenantWork tenantWork, ActionItemRepository actions, ActionReminderRepository reminders,
                    DepartmentMembers members, Notifications notifications, PlatformTransactionManager transactions,
                    ClusterJobs clusterJobs, Clock clock) {
        this.claims = new TransactionTemplate(transactions);
        this.claims.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tenantWork = tenantWork;
        this.actions = actions;
        this.reminders = reminders;
        this.members = members;
        this.notifications = notifications;
        this.clusterJobs = clusterJobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${isdip.standards.action-reminders-cron:0 0 6 * * *}", zone = "Africa/Johannesburg")
    public ClusterJobs.Outcome scheduled() {
        return clusterJobs.run(JOB, this::remindEverywhere);
    }

    /** Every active department; throws at the end, after the others were done, when one could not be. */
    public void remindEverywhere() {
        List<String> failed = new ArrayList<>();
        tenantWork.forEachDepartment(department -> {
            int sent = remindInCurrentDepartment();
            if (sent > 0) {
                log.info("Action reminders in {}: {} sent", department.id(), sent);
            }
        }, (department, failure) -> {
            log.warn("Action reminders failed in {}: {}", department.id(), failure.toString());
            failed.add(department.id());
        });
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Action reminders not sent in " + failed);
        }
    }

    /** Reminds the owners in the department of the current context; returns how many reminders went out. */
    int remindInCurrentDepartment() {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        // The department's officials read once, not once per action.
        Map<String, DepartmentMember> eligible = members.list().stream().filter(DepartmentAlignment::mayOwnActions)
                .collect(Collectors.toMap(DepartmentMember::username, member -> member));
        int sent = 0;
        for (ActionItemEntity action : actions
                .findByOwnerUsernameIsNotNullAndStatusInAndDueDateLessThanEqualOrderByDueDateAscIdAsc(
                        DepartmentAlignment.NOT_DONE, today.plusDays(DUE_SOON_DAYS))) {
            ActionReminderKind kind = AlignmentFigures.isOverdue(action.getDueDate(), action.getStatus(), today)
                    ? ActionReminderKind.OVERDUE : ActionReminderKind.DUE_SOON;
            String owner = action.getOwnerUsername();
            if (reminders.existsByActionIdAndKindAndDueDateAndOwnerUsername(action.getId(), kind,
                    action.getDueDate(), owner)) {
                continue;
            }
            // An owner who left the department or may no longer update actions is not told; the action shows on
            // the actions page for someone to hand it over.
            DepartmentMember member = eligible.get(owner);
            if (member == null || !remind(action, kind, member)) {
                continue;
            }
            sent++;
        }
        return sent;
    }

    /**
     * Records the reminder and the owner's notice together, in a transaction of their own, before the email goes
     * (after that commit): of two portal instances running the job at once only the one whose record commits tells
     * the owner (the other meets the unique key, or waits on it and is refused), and a failure later in the run can
     * undo neither the record nor the notice of a reminder already emailed.
     */
    private boolean remind(ActionItemEntity action, ActionReminderKind kind, DepartmentMember owner) {
        try {
            claims.executeWithoutResult(status -> {
                reminders.saveAndFlush(new ActionReminderEntity(action.getId(), kind, action.getDueDate(),
                        owner.username(), clock.instant()));
                notifications.notifyUser(owner.username(), owner.email(), messageKey(kind), List.of(action.getTitle(),
                        action.getStandardCode(), DATE.format(action.getDueDate())), LINK);
            });
            return true;
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException alreadyClaimed) {
            return false;
        }
    }

    static String messageKey(ActionReminderKind kind) {
        return kind == ActionReminderKind.OVERDUE ? "standards.notification.actionOverdue"
                : "standards.notification.actionDueSoon";
    }
}
