package za.gov.dpsa.isdip.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.cases.CaseStatusChanged;
import za.gov.dpsa.isdip.cases.data.department.CaseAttachmentEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseAttachmentRepository;
import za.gov.dpsa.isdip.cases.data.department.CaseCitizenEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseCitizenRepository;
import za.gov.dpsa.isdip.cases.data.department.CaseEventEntity;
import za.gov.dpsa.isdip.cases.data.department.CaseEventRepository;
import za.gov.dpsa.isdip.cases.data.department.CasePauseEntity;
import za.gov.dpsa.isdip.cases.data.department.CasePauseRepository;
import za.gov.dpsa.isdip.cases.data.department.PersonalInfoAccessEntity;
import za.gov.dpsa.isdip.cases.data.department.PersonalInfoAccessRepository;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.cases.sla.SlaClock;
import za.gov.dpsa.isdip.cases.sla.SlaStatus;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * The department side of case tracking: logging, the workflow, the timeline, citizen details, attachments,
 * the list and the dashboard. Everything runs in the signed-in user's department; an id of another
 * department's case is simply not found.
 */
@Service
public class CaseService {

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,11}-\\d{4}-\\d{6,}");
    static final List<CaseStatus> RUNNING = List.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS);
    private static final ZoneId ZONE = PortalTime.ZONE;
    /** The purpose logged when the author, the assignee or the administrator shows a citizen's details. */
    public static final String CASE_WORK = "Case work";
    /** A reason to see a citizen's details: at least this long, and at most {@link #MAX_REASON}. */
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 200;
    /** The name of the case list's export in the audit trail. */
    public static final String EXPORT = "cases.csv";

    private final SupportCaseRepository cases;
    private final CaseEventRepository events;
    private final CasePauseRepository pauses;
    private final CaseCitizenRepository citizens;
    private final CaseAttachmentRepository attachments;
    private final PersonalInfoAccessRepository personalInfoLog;
    private final DepartmentDirectory directory;
    private final DepartmentMembers members;
    private final Notifications notifications;
    private final EscalationService escalations;
    private final SlaClock slaClock;
    private final Clock clock;
    private final EntityManager entityManager;
    private final AuditTrail auditTrail;
    private final SecurityEvents securityEvents;
    private final ApplicationEventPublisher publisher;

    CaseService(SupportCaseRepository cases, CaseEventRepository events, CasePauseRepository pauses,
                CaseCitizenRepository citizens, CaseAttachmentRepository attachments,
                PersonalInfoAccessRepository personalInfoLog, DepartmentDirectory directory,
                DepartmentMembers members, Notifications notifications, EscalationService escalations,
                SlaClock slaClock, Clock clock, EntityManager entityManager, AuditTrail auditTrail,
                SecurityEvents securityEvents, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.securityEvents = securityEvents;
        this.entityManager = entityManager;
        this.auditTrail = auditTrail;
        this.cases = cases;
        this.events = events;
        this.pauses = pauses;
        this.citizens = citizens;
        this.attachments = attachments;
        this.personalInfoLog = personalInfoLog;
        this.directory = directory;
        this.members = members;
        this.notifications = notifications;
        this.escalations = escalations;
        this.slaClock = slaClock;
        this.clock = clock;
    }

    // ---- logging a case -------------------------------------------------------------------------------------

    @Transactional
    public long create(NewCase input) {
        PortalUser user = officialOfDepartment();
        CaseValidation.validate(input);
        Instant now = clock.instant();
        SupportCaseEntity entity = new SupportCaseEntity(input.title().strip(), input.description().strip(),
                input.category(), trim(input.serviceName()), trim(input.servicePoint()), input.priority(),
                user.username(), now);
        SlaStatus sla = slaClock.evaluate(now, input.priority(), null, null, List.of(), now);
        entity.setResponseDueAt(sla.responseDue());
        entity.setResolutionDueAt(sla.resolutionDue());
        entity.setHasCitizen(input.citizen() != null);
        cases.saveAndFlush(entity);
        entity.setReference(reference(entity.getId(), now));
        if (input.citizen() != null) {
            CitizenDetails c = input.citizen();
            citizens.save(new CaseCitizenEntity(entity.getId(), c.fullName().strip(), trim(c.idNumber()),
                    trim(c.phone()), trim(c.email())));
        }
        record(entity, user, CaseEventType.CREATED, false, null, null, CaseStatus.NEW);
        notifications.notifyRole(PortalRole.DEPT_ADMIN, "notification.case.new",
                List.of(entity.getReference(), entity.getTitle()), link(entity));
        return entity.getId();
    }

    // ---- reading --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseDetails details(long id) {
        PortalUser user = PortalUser.current().orElseThrow();
        SupportCaseEntity entity = load(id);
        return toDetails(entity, user);
    }

    /**
     * The case with this reference (say DHA-2026-000042) in the user's department. References carry the
     * department's code, so another department's reference is simply not found here.
     */
    @Transactional(readOnly = true)
    public CaseDetails details(String reference) {
        PortalUser user = PortalUser.current().orElseThrow();
        return toDetails(cases.findByReference(reference).orElseThrow(() -> {
            securityEvents.refused(SecurityEvents.Kind.NOT_FOUND, "case " + reference);
            return new NotFound("No case " + -1 + " in this department");
        }), user);
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> page(CaseFilter filter, int offset, int limit, List<CaseSort> sorts) {
        Sort sort = Sort.unsorted();
        for (CaseSort s : sorts) {
            // Priorities sort by urgency, not by name.
            String property = s.property().equals("priority") ? "priorityRank" : s.property();
            sort = sort.and(Sort.by(s.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC, property));
        }
        // Ties break on id in the direction of the last sort, so the database can walk one index for both.
        boolean lastAscending = !sorts.isEmpty() && sorts.getLast().ascending();
        sort = sort.and(Sort.by(lastAscending ? Sort.Direction.ASC : Sort.Direction.DESC, "id"));
        // An exact offset and limit, and no count query: the grid asks for the count itself.
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<SupportCaseEntity> query = cb.createQuery(SupportCaseEntity.class);
        Root<SupportCaseEntity> root = query.from(SupportCaseEntity.class);
        Predicate where = specification(filter).toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(sort, root, cb));
        return entityManager.createQuery(query).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList().stream().map(this::toSummary).toList();
    }

    /** A place in the order of {@link #changedSince}: the last case a page held. */
    public record SyncPosition(Instant updatedAt, long id) {
    }

    /**
     * A department system's incremental read: the cases of the filter changed at or after {@code since} (all when
     * null), the longest-unchanged first and then by id. With {@code after} (the last case of the previous page) it
     * continues right after that case, whatever changed meanwhile: a case changed while a system pages moves to the
     * end and comes again, none slips between two pages, and the database seeks instead of counting past an offset.
     * Each case without its timeline (read one case for that).
     */
    @Transactional(readOnly = true)
    public List<CaseDetails> changedSince(CaseFilter filter, Instant since, SyncPosition after, int offset, int limit) {
        PortalUser user = officialOfDepartment();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<SupportCaseEntity> query = cb.createQuery(SupportCaseEntity.class);
        Root<SupportCaseEntity> root = query.from(SupportCaseEntity.class);
        Predicate where = changedSince(filter, since, root, query, cb);
        if (after != null) {
            where = cb.and(where, cb.or(cb.greaterThan(root.get("updatedAt"), after.updatedAt()),
                    cb.and(cb.equal(root.get("updatedAt"), after.updatedAt()), cb.greaterThan(root.get("id"),
                            after.id()))));
        }
        query.where(where);
        query.orderBy(cb.asc(root.get("updatedAt")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList().stream()
                .map(e -> new CaseDetails(e.getId(), e.getVersion(), e.getReference(), e.getTitle(),
                        e.getDescription(), e.getCategory(), e.getServiceName(), e.getServicePoint(),
                        e.getPriority(), e.getStatus(), e.getAssignee(), e.getAssignee(), e.getCreatedBy(),
                        e.getCreatedAt(), e.getUpdatedAt(), e.getFirstResponseAt(), e.getResolvedAt(),
                        e.getResolutionNote(), e.isHasCitizen(), e.isEscalated(), sla(e), List.of(), List.of(),
                        actionsFor(e, user)))
                .toList();
    }

    /** How many cases {@link #changedSince} walks through. */
    @Transactional(readOnly = true)
    public long countChangedSince(CaseFilter filter, Instant since) {
        officialOfDepartment();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<SupportCaseEntity> root = query.from(SupportCaseEntity.class);
        query.select(cb.count(root)).where(changedSince(filter, since, root, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    private Predicate changedSince(CaseFilter filter, Instant since, Root<SupportCaseEntity> root,
                                  CriteriaQuery<?> query, CriteriaBuilder cb) {
        Predicate where = specification(filter).toPredicate(root, query, cb);
        Predicate all = where == null ? cb.conjunction() : where;
        return since == null ? all : cb.and(all, cb.greaterThanOrEqualTo(root.get("updatedAt"), since));
    }

    /**
     * The filtered list for the CSV export, newest first, at most {@code limit} rows; the export is recorded in
     * the audit trail with its filter, its row count and the personal field it carries (the assignee).
     */
    @Transactional
    public List<CaseSummary> export(CaseFilter filter, int limit) {
        List<CaseSummary> rows = page(filter, 0, limit, List.of(new CaseSort("createdAt", false)));
        String scope = filter.toQueryParameters().entrySet().stream()
                .map(p -> p.getKey() + "=" + String.join(",", p.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        auditTrail.recordExport(EXPORT, scope, rows.size(), List.of("assignee"));
        return rows;
    }

    @Transactional(readOnly = true)
    public long count(CaseFilter filter) {
        return cases.count(specification(filter));
    }

    /** The officials the case can be assigned to. */
    @Transactional(readOnly = true)
    public List<DepartmentMember> assignableOfficials() {
        return members.list().stream()
                .filter(m -> m.roles().contains(PortalRole.DEPT_USER) || m.roles().contains(PortalRole.DEPT_ADMIN))
                .toList();
    }

    // ---- the workflow ---------------------------------------------------------------------------------------

    @Transactional
    public void take(long id, long version) {
        PortalUser user = officialOfDepartment();
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.TAKE, user);
        assign(entity, user, user.username(), members.find(user.username()));
    }

    @Transactional
    public void assign(long id, long version, String assignee) {
        PortalUser user = officialOfDepartment();
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.ASSIGN, user);
        DepartmentMember member = members.find(assignee)
                .orElseThrow(() -> new InvalidInput("assignee", "cases.invalid.assignee"));
        assign(entity, user, member.username(), Optional.of(member));
    }

    @Transactional
    public void start(long id, long version) {
        PortalUser user = officialOfDepartment();
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.START, user);
        changeStatus(entity, user, CaseStatus.IN_PROGRESS, null);
    }

    @Transactional
    public void awaitInformation(long id, long version, String whatIsNeeded) {
        PortalUser user = officialOfDepartment();
        CaseValidation.text("note", whatIsNeeded, 5, 2000);
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.AWAIT_INFORMATION, user);
        pauses.save(new CasePauseEntity(entity.getId(), clock.instant()));
        changeStatus(entity, user, CaseStatus.AWAITING_INFORMATION, whatIsNeeded.strip());
    }

    @Transactional
    public void resume(long id, long version) {
        PortalUser user = officialOfDepartment();
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.RESUME, user);
        endPause(entity);
        changeStatus(entity, user, CaseStatus.IN_PROGRESS, null);
    }

    @Transactional
    public void resolve(long id, long version, String resolutionNote) {
        PortalUser user = officialOfDepartment();
        CaseValidation.text("resolutionNote", resolutionNote, 10, 5000);
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.RESOLVE, user);
        endPause(entity);
        entity.setResolutionNote(resolutionNote.strip());
        entity.setResolvedAt(clock.instant());
        changeStatus(entity, user, CaseStatus.RESOLVED, resolutionNote.strip());
        notifyPeople(entity, user, "notification.case.resolved");
    }

    @Transactional
    public void close(long id, long version) {
        PortalUser user = officialOfDepartment();
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.CLOSE, user);
        entity.setClosedAt(clock.instant());
        changeStatus(entity, user, CaseStatus.CLOSED, null);
    }

    @Transactional
    public void reopen(long id, long version, String reason) {
        PortalUser user = officialOfDepartment();
        CaseValidation.text("reason", reason, 5, 2000);
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.REOPEN, user);
        entity.setResolvedAt(null);
        entity.setClosedAt(null);
        entity.setResolutionNote(null);
        // A reopened case may need DPSA again.
        entity.setEscalated(false);
        changeStatus(entity, user, CaseStatus.IN_PROGRESS, reason.strip());
        notifyPeople(entity, user, "notification.case.reopened");
    }

    @Transactional
    public void comment(long id, String text, boolean shareWithDpsa) {
        PortalUser user = officialOfDepartment();
        CaseValidation.text("comment", text, 1, 5000);
        SupportCaseEntity entity = load(id);
        require(entity, CaseAction.COMMENT, user);
        boolean shared = shareWithDpsa && entity.isEscalated();
        respondIfFirst(entity, user);
        entity.setUpdatedAt(clock.instant());
        record(entity, user, CaseEventType.COMMENT, shared, text.strip(), null, null);
        if (shared) {
            escalations.departmentMessage(directory.find(TenantContext.currentTenant()).orElseThrow().id(),
                    entity.getId(), user, text.strip());
        }
        notifyPeople(entity, user, "notification.case.comment");
    }

    @Transactional
    public void escalate(long id, long version, String reason, boolean shareCitizen) {
        PortalUser user = officialOfDepartment();
        CaseValidation.text("reason", reason, 10, 2000);
        SupportCaseEntity entity = loadForChange(id, version, CaseAction.ESCALATE, user);
        CaseCitizenEntity shared = shareCitizen ? citizens.findById(entity.getId()).orElse(null) : null;
        entity.setEscalated(true);
        entity.setUpdatedAt(clock.instant());
        record(entity, user, CaseEventType.ESCALATED, true, reason.strip(), null, null);
        var department = directory.find(TenantContext.currentTenant()).orElseThrow();
        escalations.receive(department, entity, reason.strip(), shared, user);
    }

    // ---- personal information and attachments --------------------------------------------------------------

    /**
     * The citizen's details, shown on an explicit request and logged every time (POPIA s23) with who, when, on
     * what basis and for what purpose. The case's author, its assignee and the department administrator see them
     * for case work ({@code reason} may be null; {@link #CASE_WORK} is logged); any other official of the
     * department must state a reason of {@value #MIN_REASON} to {@value #MAX_REASON} characters, which is logged.
     * Anyone else is refused, and the refusal is a security event.
     *
     * @throws InvalidInput    on {@code reason} when a reason is needed and missing, short or long
     * @throws CaseExceptions.NotAllowed when the user may not see them at all
     */
    @Transactional
    public Optional<CitizenDetails> viewCitizen(long id, String reason) {
        PortalUser user = PortalUser.current().orElseThrow();
        SupportCaseEntity entity = load(id);
        Set<CaseAction> allowed = actionsFor(entity, user);
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        String basis;
        if (allowed.contains(CaseAction.VIEW_CITIZEN)) {
            basis = user.username().equals(entity.getAssignee()) ? CitizenAccess.ASSIGNEE
                    : user.username().equals(entity.getCreatedBy()) ? CitizenAccess.AUTHOR : CitizenAccess.ADMINISTRATOR;
        } else if (allowed.contains(CaseAction.VIEW_CITIZEN_WITH_REASON)) {
            if (stated == null || stated.length() < MIN_REASON) {
                throw new InvalidInput("reason", "cases.citizen.reason.required");
            }
            basis = CitizenAccess.REASON;
        } else {
            securityEvents.refused(SecurityEvents.Kind.DENIED, "citizen details of case " + entity.getReference());
            throw new CaseExceptions.NotAllowed(CaseAction.VIEW_CITIZEN, entity.getStatus());
        }
        if (stated != null && stated.length() > MAX_REASON) {
            throw new InvalidInput("reason", "cases.invalid.tooLong");
        }
        String purpose = stated == null ? CASE_WORK : stated;
        Optional<CaseCitizenEntity> citizen = citizens.findById(entity.getId());
        citizen.ifPresent(c -> {
            personalInfoLog.save(new PersonalInfoAccessEntity(entity.getId(), user.username(), clock.instant(),
                    purpose, basis));
            auditTrail.record(AuditTrail.VIEW_PERSONAL_INFORMATION, "CaseCitizen", entity.getReference(),
                    basis + ": " + purpose);
        });
        return citizen.map(c -> new CitizenDetails(c.getFullName(), c.getIdNumber(), c.getPhone(), c.getEmail()));
    }

    /** Who has seen the citizen's details on this case, on what basis and why, newest first. */
    @Transactional(readOnly = true)
    public List<CitizenAccess> citizenAccessLog(long id) {
        PortalUser user = PortalUser.current().orElseThrow();
        SupportCaseEntity entity = load(id);
        Set<CaseAction> allowed = actionsFor(entity, user);
        if (!allowed.contains(CaseAction.VIEW_CITIZEN) && !allowed.contains(CaseAction.VIEW_CITIZEN_WITH_REASON)) {
            securityEvents.refused(SecurityEvents.Kind.DENIED, "citizen access log of case " + entity.getReference());
            throw new CaseExceptions.NotAllowed(CaseAction.VIEW_CITIZEN, entity.getStatus());
        }
        return personalInfoLog.findByCaseIdOrderByViewedAtDesc(entity.getId()).stream()
                .map(e -> new CitizenAccess(e.getUsername(), e.getViewedAt(), e.getBasis(), e.getPurpose()))
                .toList();
    }

    /** Adds a file; a refused file changes nothing and says why. */
    @Transactional
    public AttachmentPolicy.Result attach(long id, String fileName, byte[] content) {
        PortalUser user = officialOfDepartment();
        SupportCaseEntity entity = load(id);
        require(entity, CaseAction.COMMENT, user);
        AttachmentPolicy.Result result = AttachmentPolicy.check(fileName, content);
        if (result.accepted()) {
            String safeName = UploadPolicy.safeFileName(fileName);
            attachments.save(new CaseAttachmentEntity(entity.getId(), safeName, result.contentType(), content,
                    user.username(), clock.instant()));
            record(entity, user, CaseEventType.ATTACHMENT, false, safeName, null, null);
        }
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<CaseAttachmentContent> attachment(long caseId, long attachmentId) {
        SupportCaseEntity entity = load(caseId);
        Optional<CaseAttachmentContent> found = attachments.findById(attachmentId)
                .filter(a -> a.getCaseId().equals(entity.getId()))
                .map(a -> new CaseAttachmentContent(a.getFileName(), a.getContentType(), a.getContent()));
        if (found.isEmpty()) {
            securityEvents.refused(SecurityEvents.Kind.NOT_FOUND,
                    "attachment " + attachmentId + " of case " + entity.getReference());
        }
        return found;
    }

    /** A file's name, type and bytes, for download. */
    public record CaseAttachmentContent(String fileName, String contentType, byte[] content) {
    }

    // ---- the dashboard --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CaseDashboard dashboard() {
        Instant now = clock.instant();
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (Object[] row : cases.countByStatus()) {
            byStatus.put((CaseStatus) row[0], (Long) row[1]);
        }
        long breached = cases.countBreachedOpen(List.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
                CaseStatus.AWAITING_INFORMATION), RUNNING, now);
        LocalDate thisMonday = LocalDate.ofInstant(now, ZONE).with(java.time.DayOfWeek.MONDAY);
        LocalDate firstMonday = thisMonday.minusWeeks(11);
        Instant since = firstMonday.atStartOfDay(ZONE).toInstant();
        long[] opened = new long[12];
        long[] resolved = new long[12];
        double resolutionDays = 0;
        int resolvedCount = 0;
        for (Object[] row : cases.activitySince(since)) {
            Instant created = (Instant) row[0];
            Instant resolvedAt = (Instant) row[1];
            int createdWeek = week(firstMonday, created);
            if (createdWeek >= 0) {
                opened[createdWeek]++;
            }
            if (resolvedAt != null) {
                int resolvedWeek = week(firstMonday, resolvedAt);
                if (resolvedWeek >= 0) {
                    resolved[resolvedWeek]++;
                    resolutionDays += Math.max(0, resolvedAt.getEpochSecond() - created.getEpochSecond()) / 86400.0;
                    resolvedCount++;
                }
            }
        }
        List<CaseDashboard.Week> trend = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trend.add(new CaseDashboard.Week(firstMonday.plusWeeks(i), opened[i], resolved[i]));
        }
        return new CaseDashboard(byStatus, breached, resolvedCount == 0 ? null : resolutionDays / resolvedCount,
                trend);
    }

    private static int week(LocalDate firstMonday, Instant at) {
        long days = ChronoUnit.DAYS.between(firstMonday, LocalDate.ofInstant(at, ZONE));
        return days < 0 || days >= 84 ? -1 : (int) (days / 7);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    /** The case with this id in the user's department; another department's id is not found, and recorded. */
    SupportCaseEntity load(long id) {
        return cases.findById(id).orElseThrow(() -> {
            securityEvents.refused(SecurityEvents.Kind.NOT_FOUND, "case " + id);
            return new NotFound("No case " + id + " in this department");
        });
    }

    private SupportCaseEntity loadForChange(long id, long version, CaseAction action, PortalUser user) {
        SupportCaseEntity entity = load(id);
        if (entity.getVersion() != version) {
            List<CaseEventEntity> timeline = events.findByCaseIdOrderByIdAsc(entity.getId());
            CaseEventEntity last = timeline.isEmpty() ? null : timeline.getLast();
            throw new CaseExceptions.Conflict(last == null ? "?" : last.getActorName(),
                    last == null ? entity.getUpdatedAt() : last.getOccurredAt());
        }
        require(entity, action, user);
        return entity;
    }

    private static void require(SupportCaseEntity entity, CaseAction action, PortalUser user) {
        if (!actionsFor(entity, user).contains(action)) {
            throw new CaseExceptions.NotAllowed(action, entity.getStatus());
        }
    }

    /**
     * What the user may do here: nothing unless the case is in their own department's context (a DPSA
     * super-admin who entered the department reads, whatever other roles their token carries).
     */
    private static Set<CaseAction> actionsFor(SupportCaseEntity entity, PortalUser user) {
        if (user.workingDepartment().isEmpty()) {
            return Set.of();
        }
        return CaseWorkflow.allowedActions(entity.getStatus(), entity.getAssignee(), entity.getCreatedBy(),
                entity.isEscalated(), user);
    }

    private void assign(SupportCaseEntity entity, PortalUser user, String assignee,
                        Optional<DepartmentMember> member) {
        CaseStatus from = entity.getStatus();
        entity.setAssignee(assignee);
        CaseStatus to = from == CaseStatus.NEW ? CaseStatus.ASSIGNED : from;
        entity.setStatus(to);
        respondIfFirst(entity, user);
        entity.setUpdatedAt(clock.instant());
        String name = member.map(DepartmentMember::displayName).orElse(assignee);
        record(entity, user, CaseEventType.ASSIGNMENT, false, name, from, to);
        if (!assignee.equals(user.username())) {
            String email = member.map(DepartmentMember::email).orElse(null);
            notifications.notifyUser(assignee, email, "notification.case.assigned",
                    List.of(entity.getReference(), entity.getTitle()), link(entity));
        }
        escalations.statusChanged(entity);
    }

    private void changeStatus(SupportCaseEntity entity, PortalUser user, CaseStatus to, String note) {
        CaseStatus from = entity.getStatus();
        entity.setStatus(to);
        respondIfFirst(entity, user);
        refreshSla(entity);
        entity.setUpdatedAt(clock.instant());
        record(entity, user, CaseEventType.STATUS, false, note, from, to);
        escalations.statusChanged(entity);
    }

    /** The first response: the first thing someone other than the author does, or the case leaving New. */
    private void respondIfFirst(SupportCaseEntity entity, PortalUser user) {
        boolean someoneElse = !user.username().equals(entity.getCreatedBy());
        boolean leftNew = entity.getStatus() != CaseStatus.NEW;
        if (entity.getFirstResponseAt() == null && (someoneElse || leftNew)) {
            entity.setFirstResponseAt(clock.instant());
        }
    }

    private void endPause(SupportCaseEntity entity) {
        pauses.findByCaseId(entity.getId()).stream().filter(p -> p.getPausedUntil() == null)
                .forEach(p -> p.end(clock.instant()));
    }

    /** Recomputes the due dates and the breach flag after anything that moves the clock. */
    void refreshSla(SupportCaseEntity entity) {
        SlaStatus sla = sla(entity);
        entity.setResponseDueAt(sla.responseDue());
        entity.setResolutionDueAt(sla.resolutionDue());
        entity.setBreached(sla.resolutionBreached());
    }

    SlaStatus sla(SupportCaseEntity entity) {
        List<za.gov.dpsa.isdip.cases.sla.SlaClock.Pause> paused = pauses.findByCaseId(entity.getId()).stream()
                .map(p -> new SlaClock.Pause(p.getPausedFrom(), p.getPausedUntil())).toList();
        return slaClock.evaluate(entity.getCreatedAt(), entity.getPriority(), entity.getFirstResponseAt(),
                entity.getResolvedAt(), paused, clock.instant());
    }

    private void record(SupportCaseEntity entity, PortalUser user, CaseEventType type, boolean shared, String body,
                        CaseStatus from, CaseStatus to) {
        events.save(new CaseEventEntity(entity.getId(), clock.instant(), user.username(), user.displayName(), type,
                shared, body, from, to));
        if (to != null && to != from) {
            publisher.publishEvent(new CaseStatusChanged(entity.getReference(), from == null ? null : from.name(),
                    to.name(), clock.instant(), user.username()));
        }
    }

    private void notifyPeople(SupportCaseEntity entity, PortalUser actor, String messageKey) {
        for (String username : EscalationService.officialsOn(entity)) {
            if (!username.equals(actor.username())) {
                String email = members.find(username).map(DepartmentMember::email).orElse(null);
                notifications.notifyUser(username, email, messageKey,
                        List.of(entity.getReference(), entity.getTitle()), link(entity));
            }
        }
    }

    static String link(SupportCaseEntity entity) {
        return "cases/" + entity.getReference();
    }

    private String reference(long id, Instant now) {
        String code = directory.find(TenantContext.currentTenant()).map(d -> d.shortCode().toUpperCase(Locale.ROOT))
                .orElse("CASE");
        return code + "-" + LocalDate.ofInstant(now, ZONE).getYear() + "-" + String.format("%06d", id);
    }

    private static PortalUser officialOfDepartment() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new CaseExceptions.NotAllowed(CaseAction.COMMENT,
                CaseStatus.NEW));
        if (user.workingDepartment().isEmpty()
                || !(user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN))) {
            throw new CaseExceptions.NotAllowed(CaseAction.COMMENT, CaseStatus.NEW);
        }
        return user;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private CaseDetails toDetails(SupportCaseEntity e, PortalUser user) {
        List<CaseTimelineEntry> timeline = events.findByCaseIdOrderByIdAsc(e.getId()).stream()
                .map(ev -> new CaseTimelineEntry(ev.getOccurredAt(), ev.getActorName(), ev.getType(),
                        ev.isSharedWithDpsa(), ev.getBody(), ev.getFromStatus(), ev.getToStatus()))
                .toList();
        String assigneeName = e.getAssignee() == null ? null
                : members.find(e.getAssignee()).map(DepartmentMember::displayName).orElse(e.getAssignee());
        return new CaseDetails(e.getId(), e.getVersion(), e.getReference(), e.getTitle(), e.getDescription(),
                e.getCategory(), e.getServiceName(), e.getServicePoint(), e.getPriority(), e.getStatus(),
                e.getAssignee(), assigneeName, e.getCreatedBy(), e.getCreatedAt(), e.getUpdatedAt(),
                e.getFirstResponseAt(), e.getResolvedAt(), e.getResolutionNote(), e.isHasCitizen(), e.isEscalated(),
                sla(e), timeline, attachments.listByCase(e.getId()), actionsFor(e, user));
    }

    CaseSummary toSummary(SupportCaseEntity e) {
        boolean breached = e.isBreached()
                || (RUNNING.contains(e.getStatus()) && e.getResolutionDueAt().isBefore(clock.instant()));
        return new CaseSummary(e.getId(), e.getReference(), e.getTitle(), e.getCategory(), e.getPriority(),
                e.getStatus(), e.getAssignee(), e.getCreatedAt(), e.getResolutionDueAt(), breached, e.isEscalated());
    }

    // ---- the list's query -----------------------------------------------------------------------------------

    Specification<SupportCaseEntity> specification(CaseFilter filter) {
        Instant now = clock.instant();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                predicates.add(root.get("status").in(filter.statuses()));
            }
            if (!filter.priorities().isEmpty()) {
                predicates.add(root.get("priority").in(filter.priorities()));
            }
            if (!filter.categories().isEmpty()) {
                predicates.add(root.get("category").in(filter.categories()));
            }
            if (CaseFilter.UNASSIGNED.equals(filter.assignee())) {
                predicates.add(cb.isNull(root.get("assignee")));
            } else if (filter.assignee() != null) {
                predicates.add(cb.equal(root.get("assignee"), filter.assignee()));
            }
            if (filter.breachedOnly()) {
                predicates.add(cb.or(cb.isTrue(root.get("breached")), cb.and(root.get("status").in(RUNNING),
                        cb.lessThan(root.get("resolutionDueAt"), now))));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"),
                        filter.from().atStartOfDay(ZONE).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("createdAt"),
                        filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
            }
            if (filter.text() != null) {
                predicates.add(textPredicate(filter.text(), root, cb));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * A case reference finds that case; other text is a full-text search (MySQL FULLTEXT, boolean mode, prefix
     * match) on words of 3+ letters, or a title prefix when no word is that long. Kept to one index each: an OR
     * of both would make the database read the whole table.
     */
    private static Predicate textPredicate(String text, jakarta.persistence.criteria.Root<SupportCaseEntity> root,
                                           CriteriaBuilder cb) {
        if (REFERENCE.matcher(text).matches()) {
            // The column's collation ignores case, so the unique index serves this directly.
            return cb.equal(root.get("reference"), text);
        }
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                words.add("+" + word + "*");
            }
        }
        if (words.isEmpty()) {
            String prefix = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            return cb.like(root.get("title"), prefix);
        }
        Expression<Double> score = cb.function("match_against", Double.class, root.get("title"),
                root.get("description"), cb.literal(String.join(" ", words)));
        return cb.greaterThan(score, 0.0);
    }

}
