package za.gov.dpsa.isdip.standards.internal;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.standards.data.department.ActionItemEntity;
import za.gov.dpsa.isdip.standards.data.department.ActionItemRepository;
import za.gov.dpsa.isdip.standards.data.department.AssessmentEntity;
import za.gov.dpsa.isdip.standards.data.department.AssessmentRepository;
import za.gov.dpsa.isdip.standards.data.department.EvidenceFileEntity;
import za.gov.dpsa.isdip.standards.data.department.EvidenceFileRepository;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The department side of alignment: self-assessment of the published harmonised standards (one answer per
 * standard, counted for every mechanism it serves), the actions that close gaps, and the dashboard. Everything
 * runs in the signed-in user's own department database; an id of another department's record is not found.
 */
@Service
public class DepartmentAlignment {

    static final Set<ActionStatus> NOT_DONE = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final Catalogue catalogue;
    private final AssessmentRepository assessments;
    private final ActionItemRepository actions;
    private final EvidenceFileRepository files;
    private final SdipPlans sdipPlans;
    private final Notifications notifications;
    private final DepartmentMembers members;
    private final Clock clock;

    DepartmentAlignment(Catalogue catalogue, AssessmentRepository assessments, ActionItemRepository actions,
              EvidenceFileRepository files, SdipPlans sdipPlans, Notifications notifications,
              DepartmentMembers members, Clock clock) {
        this.notifications = notifications;
        this.members = members;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.actions = actions;
        this.files = files;
        this.sdipPlans = sdipPlans;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** Every published standard with the department's current answer. */
    @Transactional(readOnly = true)
    public List<StandardAnswer> standards() {
        member();
        Map<String, AssessmentEntity> current = currentAnswers();
        LocalDate today = today();
        Map<String, Long> open = new HashMap<>();
        actions.findByStatusInOrderByDueDateAsc(NOT_DONE).forEach(a -> open.merge(a.getStandardCode(), 1L, Long::sum));
        return catalogue.published().stream().map(standard -> {
            AssessmentEntity answer = current.get(standard.code());
            return new StandardAnswer(standard, answer == null ? null : toRecord(answer, fileName(answer)),
                    open.getOrDefault(standard.code(), 0L),
                    answer != null && answer.getStandardVersion() < standard.version());
        }).toList();
    }

    /** The current answer to a standard, if any. */
    @Transactional(readOnly = true)
    public Optional<Assessment> currentAssessment(String code) {
        member();
        return assessments.findByCurrentCode(code).map(a -> toRecord(a, fileName(a)));
    }

    /** One assessment by id, in this department only. */
    @Transactional(readOnly = true)
    public Assessment assessment(long id) {
        member();
        return assessments.findById(id).map(a -> toRecord(a, fileName(a)))
                .orElseThrow(() -> new NotFound("assessment " + id));
    }

    /** Every answer ever given to a standard, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> history(String code) {
        member();
        return assessments.findByStandardCodeOrderByAssessedAtDescIdDesc(code).stream()
                .map(a -> toRecord(a, fileName(a))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvidencePolicy.Download> evidence(long assessmentId) {
        member();
        return assessments.findById(assessmentId).map(AssessmentEntity::getEvidenceFileId)
                .flatMap(files::findById)
                .map(f -> new EvidencePolicy.Download(f.getFileName(), f.getContentType(), f.getContent()));
    }

    @Transactional(readOnly = true)
    public List<ActionItem> actions() {
        member();
        LocalDate today = today();
        Map<String, String> names = ownerNames();
        return actions.findAllByOrderByDueDateAscIdAsc().stream().map(a -> toRecord(a, today, names)).toList();
    }

    @Transactional(readOnly = true)
    public List<ActionItem> actions(String code) {
        member();
        LocalDate today = today();
        Map<String, String> names = ownerNames();
        return actions.findByStandardCodeOrderByDueDateAsc(code).stream().map(a -> toRecord(a, today, names))
                .toList();
    }

    /** The actions the signed-in official owns that are not done yet, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionItem> myActions() {
        PortalUser user = member();
        LocalDate today = today();
        Map<String, String> names = ownerNames();
        return actions.findByOwnerUsernameAndStatusInOrderByDueDateAscIdAsc(user.username(), NOT_DONE).stream()
                .map(a -> toRecord(a, today, names)).toList();
    }

    /**
     * The officials who may own an action: members of the department (as last seen at their sign-in) who may
     * change its alignment records, by name.
     */
    @Transactional(readOnly = true)
    public List<DepartmentMember> possibleOwners() {
        official(); // Only those who pick owners see the list of officials and their addresses.
        return members.list().stream().filter(DepartmentAlignment::mayOwnActions).toList();
    }

    @Transactional(readOnly = true)
    public AlignmentDashboard dashboard() {
        member();
        List<HarmonisedStandard> published = catalogue.published();
        Map<String, Rating> answers = answers();
        LocalDate today = today();
        Map<String, String> names = ownerNames();
        List<ActionItem> open = actions.findByStatusInOrderByDueDateAsc(NOT_DONE).stream()
                .map(a -> toRecord(a, today, names)).toList();
        int assessed = (int) published.stream().filter(s -> answers.containsKey(s.code())).count();
        return new AlignmentDashboard(AlignmentFigures.overall(published, answers),
                AlignmentFigures.byMechanism(published, answers), AlignmentFigures.byPrinciple(published, answers),
                published.size(), assessed, open, open.stream().filter(ActionItem::overdue).toList(),
                sdipPlans.current().orElse(null));
    }

    /** The department's current rating per standard code. */
    Map<String, Rating> answers() {
        Map<String, Rating> answers = new HashMap<>();
        currentAnswers().forEach((code, a) -> answers.put(code, a.getRating()));
        return answers;
    }

    // ---- answering --------------------------------------------------------------------------------------------

    /**
     * Answers the published version of a standard. The previous answer stays in the history; a gap needs at
     * least one action that is not done (one already open for the standard, or one given here). Returns the id.
     */
    @Transactional
    public long assess(String code, AssessmentInput input) {
        PortalUser user = official();
        HarmonisedStandard standard = catalogue.current(code)
                .orElseThrow(() -> new NotFound("standard " + code));
        Optional<AssessmentEntity> previous = assessments.findByCurrentCode(code);
        validate(input, previous, code);
        Long fileId = null;
        if (input.fileContent() != null && input.fileContent().length > 0) {
            String contentType = EvidencePolicy.check(input.fileName(), input.fileContent());
            fileId = files.save(new EvidenceFileEntity(UploadPolicy.safeFileName(input.fileName()), contentType, input.fileContent(),
                    user.username(), clock.instant())).getId();
        } else if (input.keepEarlierFile() && previous.isPresent()) {
            fileId = previous.get().getEvidenceFileId();
        }
        previous.ifPresent(p -> {
            p.supersede();
            assessments.saveAndFlush(p);
        });
        AssessmentEntity saved = assessments.saveAndFlush(new AssessmentEntity(code, standard.version(),
                standard.title(), input.rating(), trim(input.evidenceText()), trim(input.evidenceLink()), fileId,
                user.username(), user.displayName(), today(), clock.instant()));
        for (ActionItem.Input action : input.newActions()) {
            actions.save(newAction(code, saved.getId(), action, user));
        }
        if (input.rating().isGap()) {
            // The administrator follows the department's gaps and who closes them.
            notifications.notifyRole(PortalRole.DEPT_ADMIN, "standards.notification.gap",
                    List.of(code, standard.title(), user.displayName()), "standards/assess/" + code);
        }
        return saved.getId();
    }

    private void validate(AssessmentInput input, Optional<AssessmentEntity> previous, String code) {
        if (input.rating() == null) {
            throw new InvalidInput("rating", "standards.invalid.rating");
        }
        if (input.evidenceText() != null && input.evidenceText().strip().length() > 4000) {
            throw new InvalidInput("evidenceText", "standards.invalid.tooLong");
        }
        String link = trim(input.evidenceLink());
        if (link != null && !isHttpsLink(link)) {
            throw new InvalidInput("evidenceLink", "standards.invalid.link");
        }
        if (input.fileContent() != null && input.fileContent().length > 0) {
            EvidencePolicy.check(input.fileName(), input.fileContent());
        }
        boolean hasText = input.evidenceText() != null && input.evidenceText().strip().length() >= 10;
        if (input.rating() == Rating.NOT_APPLICABLE) {
            if (!hasText) {
                throw new InvalidInput("evidenceText", "standards.invalid.naReason");
            }
        } else {
            boolean hasFile = (input.fileContent() != null && input.fileContent().length > 0)
                    || (input.keepEarlierFile() && previous.map(p -> p.getEvidenceFileId() != null).orElse(false));
            if (!hasText && link == null && !hasFile) {
                throw new InvalidInput("evidenceText", "standards.invalid.evidence");
            }
        }
        for (ActionItem.Input action : input.newActions()) {
            validate(action, null, null);
        }
        if (input.rating().isGap() && input.newActions().isEmpty()
                && actions.countByStandardCodeAndStatusIn(code, NOT_DONE) == 0) {
            throw new InvalidInput("actionTitle", "standards.invalid.actionNeeded");
        }
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** Adds an action to close a gap in a standard; returns its id. */
    @Transactional
    public long addAction(String code, ActionItem.Input input) {
        PortalUser user = official();
        catalogue.current(code).orElseThrow(() -> new NotFound("standard " + code));
        validate(input, null, null);
        Long assessmentId = assessments.findByCurrentCode(code).map(AssessmentEntity::getId).orElse(null);
        return actions.saveAndFlush(newAction(code, assessmentId, input, user)).getId();
    }

    private ActionItemEntity newAction(String code, Long assessmentId, ActionItem.Input input, PortalUser user) {
        DepartmentMember owner = owner(input.ownerUsername());
        ActionItemEntity entity = new ActionItemEntity(code, assessmentId, input.title().strip(),
                owner.displayName(), input.dueDate(), user.username(), clock.instant());
        entity.assignTo(owner.username(), owner.displayName());
        return entity;
    }

    /**
     * Changes an action (owner, due date, progress). A due date already passed may stay, not be set anew; no
     * owner given keeps the action's owner, even one typed as free text before owners were picked.
     */
    @Transactional
    public void updateAction(long id, long rowVersion, ActionItem.Input input, ActionStatus status) {
        official();
        ActionItemEntity entity = actions.findById(id)
                .orElseThrow(() -> new NotFound("action " + id));
        if (entity.getRowVersion() != rowVersion) {
            throw new Conflict("Changed by someone else", "standards.stale");
        }
        if (input.ownerUsername() != null && input.ownerUsername().strip().equals(entity.getOwnerUsername())) {
            // The same owner stays, even one who has since left the list of officials who may own actions.
            input = new ActionItem.Input(input.title(), null, input.dueDate());
        }
        validate(input, entity.getDueDate(), entity.getOwner());
        if (status == null) {
            throw new InvalidInput("actionStatus", "standards.invalid.required");
        }
        entity.update(input.title().strip(), entity.getOwner(), input.dueDate(), status, today());
        if (!isBlank(input.ownerUsername())) {
            DepartmentMember owner = owner(input.ownerUsername());
            entity.assignTo(owner.username(), owner.displayName());
        }
        actions.flush();
    }

    /** @param currentOwner the owner of the action being changed, null for a new action (which needs one) */
    private void validate(ActionItem.Input action, LocalDate unchangedDue, String currentOwner) {
        Catalogue.text("actionTitle", action.title(), 5, 300);
        if (!isBlank(action.ownerUsername()) || currentOwner == null) {
            owner(action.ownerUsername());
        }
        if (action.dueDate() == null) {
            throw new InvalidInput("actionDue", "standards.invalid.required");
        }
        if (action.dueDate().isBefore(today()) && !action.dueDate().equals(unchangedDue)) {
            throw new InvalidInput("actionDue", "standards.invalid.past");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The official named as owner: a member of this department who may change its alignment records. */
    private DepartmentMember owner(String username) {
        if (isBlank(username)) {
            throw new InvalidInput("actionOwner", "standards.invalid.required");
        }
        return members.find(username.strip()).filter(DepartmentAlignment::mayOwnActions)
                .orElseThrow(() -> new InvalidInput("actionOwner", "standards.invalid.ownerNotMember"));
    }

    static boolean mayOwnActions(DepartmentMember member) {
        return member.roles().contains(PortalRole.DEPT_USER) || member.roles().contains(PortalRole.DEPT_ADMIN);
    }

    /** Owners' current names, so a renamed official shows under their new name. */
    private Map<String, String> ownerNames() {
        Map<String, String> names = new HashMap<>();
        members.list().forEach(m -> names.put(m.username(), m.displayName()));
        return names;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private Map<String, AssessmentEntity> currentAnswers() {
        Map<String, AssessmentEntity> current = new HashMap<>();
        assessments.findByCurrentCodeIsNotNullOrderByStandardCodeAsc().forEach(a -> current.put(a.getStandardCode(), a));
        return current;
    }

    private String fileName(AssessmentEntity a) {
        return a.getEvidenceFileId() == null ? null
                : files.findFileNameById(a.getEvidenceFileId()).orElse(null);
    }

    static boolean isHttpsLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".")
                    && link.length() <= 500;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    /** Anyone working in their own department may read its alignment. */
    static PortalUser member() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new StandardsExceptions.NotAllowed("alignment"));
        if (user.workingDepartment().isEmpty()) {
            throw new StandardsExceptions.NotAllowed("alignment");
        }
        return user;
    }

    /** Officials and administrators of the department change its alignment records; reporters only read. */
    static PortalUser official() {
        PortalUser user = member();
        if (!(user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN))) {
            throw new StandardsExceptions.NotAllowed("alignment");
        }
        return user;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Assessment toRecord(AssessmentEntity a, String fileName) {
        return new Assessment(a.getId(), a.getStandardCode(), a.getStandardVersion(), a.getStandardTitle(),
                a.getRating(), a.getEvidenceText(), a.getEvidenceLink(), a.getEvidenceFileId(), fileName,
                a.getAssessor(), a.getAssessorName(), a.getAssessedOn(), a.isCurrent());
    }

    static ActionItem toRecord(ActionItemEntity a, LocalDate today, Map<String, String> ownerNames) {
        String owner = a.getOwnerUsername() == null ? a.getOwner()
                : ownerNames.getOrDefault(a.getOwnerUsername(), a.getOwner());
        return new ActionItem(a.getId(), a.getStandardCode(), a.getTitle(), owner, a.getOwnerUsername(),
                a.getDueDate(), a.getStatus(), a.getCompletedOn(),
                AlignmentFigures.isOverdue(a.getDueDate(), a.getStatus(), today), a.getRowVersion());
    }
}
