package za.gov.dpsa.isdip.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.cases.data.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.data.SupportCaseRepository;
import za.gov.dpsa.isdip.cases.sla.SlaStatus;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Every few minutes, in every department: flags cases whose resolution target has passed, and warns the
 * officials once when less than a fifth of the target remains. Only cases due within two days are looked at.
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

    CaseSlaSweep(TenantWork tenantWork, SupportCaseRepository cases, CaseService caseService,
                 DepartmentMembers members, Notifications notifications, Clock clock) {
        this.tenantWork = tenantWork;
        this.cases = cases;
        this.caseService = caseService;
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${isdip.cases.sla-sweep-delay:PT1M}",
            fixedDelayString = "${isdip.cases.sla-sweep-interval:PT5M}")
    public void sweepAllDepartments() {
        tenantWork.forEachDepartment(department -> {
            int[] changes = sweepCurrentDepartment();
            if (changes[0] + changes[1] > 0) {
                log.info("SLA sweep of {}: {} breached, {} warned", department.id(), changes[0], changes[1]);
            }
        });
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
