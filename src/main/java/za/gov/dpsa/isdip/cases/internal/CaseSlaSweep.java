package za.gov.dpsa.isdip.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.cases.data.department.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.cases.sla.SlaStatus;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Every few minutes, in every department: flags cases whose resolution target has passed, and warns the
 * officials once when less than a fifth of the target remains. Only cases due within two days are looked at.
 * One instance sweeps at a time; a department that fails is rolled back alone and swept again next time.
 */
@Component
public class CaseSlaSweep {

    private static final Logger log = LoggerFactory.getLogger(CaseSlaSweep.class);

    private final TenantWork tenantWork;
    private final SupportCaseRepository cases;
    private final CaseService caseService;
    private final DepartmentMembers members;
    private final Notifications notifications;
    private final Clock clock;
    private final ClusterJobs clusterJobs;
    private final ClusterJobs.Job job;

    CaseSlaSweep(TenantWork tenantWork, SupportCaseRepository cases, CaseService caseService,
                 DepartmentMembers members, Notifications notifications, Clock clock, ClusterJobs clusterJobs,
                 @Value("${isdip.cases.sla-sweep-interval:PT5M}") Duration interval) {
        this.tenantWork = tenantWork;
        this.cases = cases;
        this.caseService = caseService;
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
        this.clusterJobs = clusterJobs;
        this.job = job(interval);
    }

    /**
     * A sweep takes seconds to a few minutes; its claim lasts a fifth less than the interval, so the instance that
     * swept sweeps again next time and the others, whose timers run out of step, skip in between.
     */
    static ClusterJobs.Job job(Duration interval) {
        return new ClusterJobs.Job("cases.sla-sweep", Duration.ofMinutes(15).compareTo(interval) > 0
                ? Duration.ofMinutes(15) : interval, interval.multipliedBy(4).dividedBy(5));
    }

    @Scheduled(initialDelayString = "${isdip.cases.sla-sweep-delay:PT1M}",
            fixedDelayString = "${isdip.cases.sla-sweep-interval:PT5M}")
    public ClusterJobs.Outcome scheduled() {
        return clusterJobs.run(job, this::sweepAllDepartments);
    }

    /** Every active department; throws at the end, after the others were swept, when one could not be. */
    void sweepAllDepartments() {
        List<String> failed = new ArrayList<>();
        tenantWork.forEachDepartment(department -> {
            int[] changes = sweepCurrentDepartment();
            if (changes[0] + changes[1] > 0) {
                log.info("SLA sweep of {}: {} breached, {} warned", department.id(), changes[0], changes[1]);
            }
        }, (department, failure) -> {
            log.warn("SLA sweep of {} failed: {}", department.id(), failure.toString());
            failed.add(department.id());
        });
        if (!failed.isEmpty()) {
            throw new IllegalStateException("SLA sweep not done in " + failed);
        }
    }

    /** Sweeps the department of the current context; returns {breached, warned}. */
    int[] sweepCurrentDepartment() {
        int breached = 0;
        int warned = 0;
        List<SupportCaseEntity> candidates = cases.dueBefore(CaseService.RUNNING, clock.instant().plus(Duration.ofDays(2)));
        for (SupportCaseEntity entity : candidates) {
            SlaStatus sla = caseService.sla(entity);
            if (sla.resolutionBreached()) {
                entity.setBreached(true);
                notifyOfficials(entity, "notification.case.breached");
                breached++;
            } else if (sla.atRisk() && !entity.isSlaWarned()) {
                entity.setSlaWarned(true);
                notifyOfficials(entity, "notification.case.atRisk");
                warned++;
            }
        }
        return new int[] {breached, warned};
    }

    private void notifyOfficials(SupportCaseEntity entity, String messageKey) {
        for (String username : EscalationService.officialsOn(entity)) {
            String email = members.find(username).map(DepartmentMember::email).orElse(null);
            notifications.notifyUser(username, email, messageKey, List.of(entity.getReference(), entity.getTitle()),
                    CaseService.link(entity));
        }
    }
}
