package za.gov.dpsa.isdip.cases.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.cases.EscalationReplied;
import za.gov.dpsa.isdip.cases.data.department.CaseCitizenEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseEventEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseEventRepository;
import za.gov.dpsa.isdip.cases.data.department.PersonalInfoAccessEntity;
import za.gov.dpsa.isdip.cases.data.department.PersonalInfoAccessRepository;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.cases.data.platform.EscalationEntity;
import za.gov.dpsa.isdip.cases.data.platform.EscalationMessageEntity;
import za.gov.dpsa.isdip.cases.data.platform.EscalationMessageRepository;
import za.gov.dpsa.isdip.cases.data.platform.EscalationRepository;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Central coordination of escalated cases. Departments hand DPSA a copy of what they choose to share, kept in
 * the platform database; DPSA works the central queue from that copy alone, and its replies are delivered into
 * the department's own case timeline (each delivery logged as a boundary crossing).
 */
@Service
public class EscalationService {

    /** The purpose logged when DPSA shows the citizen's details a department shared with an escalation. */
    public static final String DPSA_PURPOSE = "DPSA coordination of the escalated case";

    private final EscalationRepository escalations;
    private final EscalationMessageRepository messages;
    private final SupportCaseRepository cases;
    private final CaseEventRepository events;
    private final DepartmentMembers members;
    private final Notifications notifications;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final PersonalInfoAccessRepository personalInfoLog;
    private final AuditTrail auditTrail;
    private final SecurityEvents securityEvents;
    private final ApplicationEventPublisher publisher;

    EscalationService(EscalationRepository escalations, EscalationMessageRepository messages,
                      SupportCaseRepository cases, CaseEventRepository events, DepartmentMembers members,
                      Notifications notifications, TenantWork tenantWork, Clock clock,
                      PersonalInfoAccessRepository personalInfoLog, AuditTrail auditTrail,
                      SecurityEvents securityEvents, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.personalInfoLog = personalInfoLog;
        this.auditTrail = auditTrail;
        this.securityEvents = securityEvents;
        this.escalations = escalations;
        this.messages = messages;
        this.cases = cases;
        this.events = events;
        this.members = members;
        this.notifications = notifications;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    // ---- from departments (called by CaseService in the department's context) ----------------------------

    void receive(Department department, SupportCaseEntity supportCase, String reason, CaseCitizenEntity sharedCitizen,
                 PortalUser by) {
        tenantWork.inPlatform(() -> {
            EscalationEntity escalation = escalations.findByDepartmentIdAndCaseId(department.id(), supportCase.getId())
                    .orElseGet(() -> new EscalationEntity(department.id(), department.name(), supportCase.getId()));
            escalation.copyCase(supportCase);
            escalation.escalate(reason, clock.instant(), by.displayName(), sharedCitizen);
            escalations.save(escalation);
            notifications.notifyRole(PortalRole.DPSA_ADMIN, "notification.escalation.new",
                    List.of(department.shortCode(), supportCase.getReference(), supportCase.getTitle()),
                    "dpsa/escalations/" + escalation.getId());
        });
    }

    void departmentMessage(String departmentId, long caseId, PortalUser by, String text) {
        tenantWork.inPlatform(() -> escalations.findByDepartmentIdAndCaseId(departmentId, caseId).ifPresent(e -> {
            messages.save(new EscalationMessageEntity(e.getId(), clock.instant(), by.username(), by.displayName(),
                    false, text));
            notifications.notifyRole(PortalRole.DPSA_ADMIN, "notification.escalation.message",
                    List.of(e.getCaseReference(), e.getDepartmentName()), "dpsa/escalations/" + e.getId());
        }));
    }

    void statusChanged(SupportCaseEntity supportCase) {
        if (!supportCase.isEscalated()) {
            return;
        }
        String departmentId = PortalUser.current().flatMap(PortalUser::workingDepartment).orElse(null);
        if (departmentId == null) {
            return;
        }
        tenantWork.inPlatform(() -> escalations.findByDepartmentIdAndCaseId(departmentId, supportCase.getId())
                .ifPresent(e -> e.setCaseStatus(supportCase.getStatus())));
    }

    // ---- DPSA's central queue -------------------------------------------------------------------------------

    public List<EscalationSummary> queue(Set<EscalationState> states, String departmentId) {
        requireDpsa();
        return tenantWork.inPlatform(() -> escalations.findAll(queueFilter(states, departmentId),
                Sort.by(Sort.Direction.DESC, "escalatedAt")).stream().map(EscalationService::toSummary).toList());
    }

    /** The escalated case without the citizen's details (see {@link #showCitizen}). */
    public EscalationDetails details(long id) {
        requireDpsa();
        return tenantWork.inPlatform(() -> {
            EscalationEntity e = find(id);
            List<EscalationDetails.Message> conversation = messages.findByEscalationIdOrderByIdAsc(e.getId()).stream()
                    .map(m -> new EscalationDetails.Message(m.getOccurredAt(), m.getAuthorName(), m.isFromDpsa(),
                            m.getBody()))
                    .toList();
            return new EscalationDetails(toSummary(e), e.getVersion(), e.getDescription(), e.getReason(),
                    e.getEscalatedBy(), e.isCitizenShared(), conversation);
        });
    }

    /**
     * The citizen's details the department shared with this escalation, on DPSA's explicit request. Each request is
     * logged twice before the details are returned: in the department's own access log of the case (who, when,
     * basis DPSA, purpose {@link #DPSA_PURPOSE} with the escalation) and audit trail, delivered as a logged boundary
     * crossing, and in the platform's audit trail (who, when, escalation and case reference, purpose). If the
     * department's log cannot be written, nothing is shown. Empty when the department shared no details.
     */
    public Optional<CitizenDetails> showCitizen(long id) {
        PortalUser user = requireDpsa();
        EscalationEntity e = tenantWork.inPlatform(() -> find(id));
        if (!e.isCitizenShared()) {
            return Optional.empty();
        }
        String purpose = DPSA_PURPOSE + ", escalation " + e.getId();
        tenantWork.deliverTo(e.getDepartmentId(), "dpsa.accessLog.deliver.citizenView",
                List.of(e.getCaseReference()), () -> {
            personalInfoLog.save(new PersonalInfoAccessEntity(e.getCaseId(), user.username(), clock.instant(),
                    purpose, CitizenAccess.DPSA));
            auditTrail.record(AuditTrail.VIEW_PERSONAL_INFORMATION, "CaseCitizen", e.getCaseReference(),
                    CitizenAccess.DPSA + ": " + purpose);
            return null;
        });
        return tenantWork.inPlatform(() -> {
            EscalationEntity shared = find(id);
            auditTrail.record(AuditTrail.VIEW_PERSONAL_INFORMATION, "EscalationCitizen", shared.getCaseReference(),
                    "escalation " + shared.getId() + " of " + shared.getDepartmentId() + ": " + DPSA_PURPOSE);
            return shared.isCitizenShared() ? Optional.of(new CitizenDetails(shared.getCitizenName(), null,
                    shared.getCitizenPhone(), shared.getCitizenEmail())) : Optional.<CitizenDetails>empty();
        });
    }

    private EscalationEntity find(long id) {
        return escalations.findById(id).orElseThrow(() -> {
            securityEvents.refused(SecurityEvents.Kind.NOT_FOUND, "escalation " + id);
            return new NotFound("No case " + id + " in this department");
        });
    }

    public void assignSpecialist(long id, long version, String specialist) {
        PortalUser user = requireDpsa();
        CaseValidation.text("specialist", specialist, 2, 100);
        EscalationEntity e = tenantWork.inPlatform(() -> {
            EscalationEntity entity = loadForChange(id, version);
            entity.setDpsaAssignee(specialist.strip());
            return entity;
        });
        deliver(e, user, CaseEventType.DPSA_ASSIGNED, specialist.strip(), "notification.escalation.assigned");
    }

    public void reply(long id, String text) {
        PortalUser user = requireDpsa();
        CaseValidation.text("reply", text, 2, 5000);
        EscalationEntity e = tenantWork.inPlatform(() -> {
            EscalationEntity entity = find(id);
            messages.save(new EscalationMessageEntity(entity.getId(), clock.instant(), user.username(),
                    user.displayName(), true, text.strip()));
            publisher.publishEvent(new EscalationReplied(entity.getCaseReference(), entity.getDepartmentId(),
                    clock.instant()));
            return entity;
        });
        deliver(e, user, CaseEventType.DPSA_REPLY, text.strip(), "notification.escalation.reply");
    }

    public void markDone(long id, long version, String note) {
        PortalUser user = requireDpsa();
        CaseValidation.text("note", note, 2, 5000);
        EscalationEntity e = tenantWork.inPlatform(() -> {
            EscalationEntity entity = loadForChange(id, version);
            if (entity.getDpsaState() != EscalationState.OPEN) {
                throw new CaseExceptions.Conflict("DPSA", entity.getDoneAt());
            }
            entity.markDone(clock.instant());
            messages.save(new EscalationMessageEntity(entity.getId(), clock.instant(), user.username(),
                    user.displayName(), true, note.strip()));
            return entity;
        });
        deliver(e, user, CaseEventType.DPSA_DONE, note.strip(), "notification.escalation.done");
    }

    /** Writes DPSA's step into the department's own timeline and tells the officials on the case. */
    private void deliver(EscalationEntity escalation, PortalUser user, CaseEventType type, String body,
                         String messageKey) {
        tenantWork.deliverTo(escalation.getDepartmentId(), "dpsa.accessLog.deliver.case." + type,
                List.of(escalation.getCaseReference()), () -> {
            SupportCaseEntity supportCase = cases.findById(escalation.getCaseId()).orElse(null);
            if (supportCase == null) {
                return null;
            }
            events.save(new CaseEventEntity(supportCase.getId(), clock.instant(), user.username(),
                    user.displayName() + " (DPSA)", type, true, body, null, null));
            for (String username : officialsOn(supportCase)) {
                String email = members.find(username).map(DepartmentMember::email).orElse(null);
                notifications.notifyUser(username, email, messageKey,
                        List.of(supportCase.getReference(), supportCase.getTitle()), CaseService.link(supportCase));
            }
            return null;
        });
    }

    /** The author and the assignee of a case, each once. */
    static Set<String> officialsOn(SupportCaseEntity supportCase) {
        Set<String> officials = new java.util.LinkedHashSet<>();
        officials.add(supportCase.getCreatedBy());
        if (supportCase.getAssignee() != null) {
            officials.add(supportCase.getAssignee());
        }
        return officials;
    }

    private EscalationEntity loadForChange(long id, long version) {
        EscalationEntity entity = find(id);
        if (entity.getVersion() != version) {
            throw new CaseExceptions.Conflict("DPSA", entity.getEscalatedAt());
        }
        return entity;
    }

    private static PortalUser requireDpsa() {
        return PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only DPSA super-admins work the escalation queue"));
    }

    private static Specification<EscalationEntity> queueFilter(Set<EscalationState> states, String departmentId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (states != null && !states.isEmpty()) {
                predicates.add(root.get("dpsaState").in(states));
            }
            if (departmentId != null) {
                predicates.add(cb.equal(root.get("departmentId"), departmentId));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static EscalationSummary toSummary(EscalationEntity e) {
        return new EscalationSummary(e.getId(), e.getDepartmentId(), e.getDepartmentName(), e.getCaseReference(),
                e.getTitle(), e.getCategory(), e.getPriority(), e.getCaseStatus(), e.getEscalatedAt(),
                e.getDpsaAssignee(), e.getDpsaState());
    }
}
