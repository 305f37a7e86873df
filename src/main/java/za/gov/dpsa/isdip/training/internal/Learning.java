package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.data.department.EnrolmentEntity;
import za.gov.dpsa.isdip.training.data.department.EnrolmentRepository;
import za.gov.dpsa.isdip.training.data.department.LessonProgressEntity;
import za.gov.dpsa.isdip.training.data.department.LessonProgressRepository;
import za.gov.dpsa.isdip.training.data.department.QuizAttemptEntity;
import za.gov.dpsa.isdip.training.data.department.QuizAttemptRepository;
import za.gov.dpsa.isdip.training.internal.TrainingExceptions.NotAllowed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official's side of training, in their own department's database: the catalogue, enrolment (their own, or
 * by their department administrator with a due date), progress per lesson, quiz attempts, completion and the
 * certificate. An official reaches only their own enrolments; the department administrator their department's.
 */
@Service
public class Learning {

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository progress;
    private final QuizAttemptRepository attempts;
    private final TrainingCourses courses;
    private final TrainingPublisher publisher;
    private final DepartmentMembers members;
    private final Notifications notifications;
    private final Clock clock;
    private final AuditTrail auditTrail;

    /** The name of a certificate's PDF in the audit trail. */
    public static final String CERTIFICATE_EXPORT = "certificate.pdf";

    Learning(EnrolmentRepository enrolments, LessonProgressRepository progress, QuizAttemptRepository attempts,
             TrainingCourses courses, TrainingPublisher publisher, DepartmentMembers members,
             Notifications notifications, Clock clock, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.enrolments = enrolments;
        this.progress = progress;
        this.attempts = attempts;
        this.courses = courses;
        this.publisher = publisher;
        this.members = members;
        this.notifications = notifications;
        this.clock = clock;
    }

    // ---- the catalogue and enrolment ----------------------------------------------------------------------

    /** The courses published to the official's department, with their enrolment in each. */
    @Transactional(readOnly = true)
    public List<CatalogueEntry> catalogue() {
        Official official = official();
        Map<Long, EnrolmentEntity> mine = enrolments.findByUsernameOrderByEnrolledAtDesc(official.username()).stream()
                .collect(Collectors.toMap(EnrolmentEntity::getCourseId, e -> e));
        return courses.publishedTo(official.department()).stream()
                .map(c -> {
                    EnrolmentEntity e = mine.get(c.id());
                    return new CatalogueEntry(c, e == null ? null : e.getId(), e != null && e.getCompletedAt() != null);
                })
                .toList();
    }

    /** Enrols the official in a published course (once: enrolling again returns the same enrolment). */
    @Transactional
    public long enrol(long courseId) {
        Official official = official();
        Optional<EnrolmentEntity> existing = enrolments.findByUsernameAndCourseId(official.username(), courseId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        CourseSummary course = publishedCourse(courseId, official.department());
        long versionId = courses.publishedVersionId(courseId).orElseThrow();
        EnrolmentEntity enrolment = enrolments.saveAndFlush(new EnrolmentEntity(official.username(),
                official.user().displayName(), courseId, versionId, course.title(), EnrolmentSource.SELF, null, null,
                clock.instant()));
        publisher.courseChanged(official.department(), courseId);
        return enrolment.getId();
    }

    /** The official's own enrolments, newest first. */
    @Transactional(readOnly = true)
    public List<Enrolment> myLearning() {
        Official official = official();
        return toRows(enrolments.findByUsernameOrderByEnrolledAtDesc(official.username()));
    }

    // ---- taking a course ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public LearnerCourse open(long enrolmentId) {
        return view(own(enrolmentId));
    }

    /** Remembers where the official is, so the course resumes there. */
    @Transactional
    public void visit(long enrolmentId, String lessonKey) {
        EnrolmentEntity enrolment = own(enrolmentId);
        CourseContent content = courses.version(enrolment.getVersionId());
        if (content.lessons().stream().anyMatch(l -> l.key().equals(lessonKey))) {
            enrolment.setLastLessonKey(lessonKey);
        }
    }

    /** Marks a lesson done and moves the resume point to the next lesson not yet done. */
    @Transactional
    public LearnerCourse completeLesson(long enrolmentId, String lessonKey) {
        EnrolmentEntity enrolment = own(enrolmentId);
        CourseContent content = courses.version(enrolment.getVersionId());
        if (content.lessons().stream().noneMatch(l -> l.key().equals(lessonKey))) {
            throw new NotFound("lesson " + lessonKey);
        }
        if (!progress.existsByEnrolmentIdAndLessonKey(enrolmentId, lessonKey)) {
            progress.saveAndFlush(new LessonProgressEntity(enrolmentId, lessonKey, clock.instant()));
        }
        Set<String> done = doneKeys(enrolmentId);
        content.lessons().stream().map(Lesson::key).filter(k -> !done.contains(k)).findFirst()
                .ifPresentOrElse(enrolment::setLastLessonKey, () -> enrolment.setLastLessonKey(lessonKey));
        completeIfDone(enrolment, content);
        return view(enrolment);
    }

    /**
     * Scores and records a quiz attempt. Allowed once every lesson is done, until the quiz is passed or the attempt
     * limit is reached. {@code chosen} maps question keys to the indexes of the answers chosen.
     */
    @Transactional
    public QuizResult submitQuiz(long enrolmentId, Map<String, Set<Integer>> chosen) {
        EnrolmentEntity enrolment = own(enrolmentId);
        LearnerCourse course = view(enrolment);
        if (!course.content().hasQuiz()) {
            throw new NotFound("quiz");
        }
        if (course.quizPassed()) {
            throw new NotAllowed("training.quiz.alreadyPassed");
        }
        if (!course.lessonsDone()) {
            throw new NotAllowed("training.quiz.lessonsFirst");
        }
        if (course.attemptsLeft() != null && course.attemptsLeft() <= 0) {
            throw new NotAllowed("training.quiz.noAttemptsLeft");
        }
        int attemptNo = course.attempts().size() + 1;
        int max = course.content().maxAttempts();
        QuizResult result = QuizScoring.score(course.content().questions(), chosen, course.content().passMark(),
                attemptNo, max == 0 ? null : max - attemptNo);
        attempts.saveAndFlush(new QuizAttemptEntity(enrolmentId, attemptNo, enrolment.getVersionId(),
                result.scorePercent(), result.passed(), encode(chosen), clock.instant()));
        completeIfDone(enrolment, course.content());
        return result;
    }

    /**
     * Moves an unfinished enrolment to the newest published version. Lessons done stay done where the new version
     * keeps them (same lesson key), and a passed quiz stays passed.
     */
    @Transactional
    public void moveToLatestVersion(long enrolmentId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        if (enrolment.getCompletedAt() != null) {
            return;
        }
        Long latest = courses.publishedVersionId(enrolment.getCourseId()).orElse(null);
        if (latest == null || latest.equals(enrolment.getVersionId())) {
            return;
        }
        CourseContent content = courses.version(latest);
        enrolment.setVersionId(latest);
        enrolment.setCourseTitle(content.title());
        completeIfDone(enrolment, content);
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> certificate(long enrolmentId) {
        EnrolmentEntity enrolment = own(enrolmentId);
        return Optional.ofNullable(enrolment.getCertificateCode()).map(code -> certificateOf(enrolment));
    }

    /**
     * The official's certificate as a PDF (it carries their name), recorded in the department's audit trail as an
     * export; empty while the course is not completed.
     */
    @Transactional
    public Optional<byte[]> certificatePdf(long enrolmentId, String verifyAddress, Function<String, String> labels) {
        return certificate(enrolmentId).map(c -> {
            byte[] pdf = CertificatePdf.write(c, verifyAddress, labels);
            auditTrail.recordExport(CERTIFICATE_EXPORT, "enrolment " + enrolmentId + ", certificate " + c.code(), 1,
                    List.of("holderName"));
            return pdf;
        });
    }

    // ---- the department administrator -----------------------------------------------------------------------

    /** The officials a course can be assigned to. */
    @Transactional(readOnly = true)
    public List<DepartmentMember> colleagues() {
        departmentAdmin();
        return members.list().stream().filter(m -> m.roles().stream().anyMatch(PortalRole::isDepartmentRole)).toList();
    }

    /**
     * Assigns a published course to colleagues with a due date. An official already enrolled keeps their progress
     * and gets the due date; each is notified. Returns how many were assigned.
     */
    @Transactional
    public int assign(long courseId, List<String> usernames, LocalDate dueOn) {
        Official admin = departmentAdmin();
        if (usernames == null || usernames.isEmpty()) {
            throw new InvalidInput("officials", "training.invalid.officials");
        }
        if (dueOn == null) {
            throw new InvalidInput("dueOn", "training.invalid.required");
        }
        if (dueOn.isBefore(today())) {
            throw new InvalidInput("dueOn", "training.invalid.dueInPast");
        }
        CourseSummary course = publishedCourse(courseId, admin.department());
        long versionId = courses.publishedVersionId(courseId).orElseThrow();
        List<DepartmentMember> chosen = new ArrayList<>();
        for (String username : usernames) {
            chosen.add(members.find(username).orElseThrow(() -> new InvalidInput("officials",
                    "training.invalid.officials")));
        }
        for (DepartmentMember member : chosen) {
            EnrolmentEntity enrolment = enrolments.findByUsernameAndCourseId(member.username(), courseId)
                    .orElseGet(() -> new EnrolmentEntity(member.username(), member.displayName(), courseId, versionId,
                            course.title(), EnrolmentSource.ASSIGNED, admin.username(), dueOn, clock.instant()));
            if (enrolment.getCompletedAt() == null) {
                enrolment.assign(admin.username(), dueOn);
            }
            enrolments.save(enrolment);
            notifications.notifyUser(member.username(), member.email(), "training.notification.assigned",
                    List.of(course.title(), dueOn.toString()), "training");
        }
        publisher.courseChanged(admin.department(), courseId);
        return chosen.size();
    }

    /** Every enrolment of the department, for its administrator. */
    @Transactional(readOnly = true)
    public List<Enrolment> departmentEnrolments() {
        departmentAdmin();
        return toRows(enrolments.findAllByOrderByDisplayNameAscCourseTitleAsc());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private LearnerCourse view(EnrolmentEntity enrolment) {
        CourseContent content = courses.version(enrolment.getVersionId());
        Set<String> done = doneKeys(enrolment.getId());
        List<QuizAttemptEntity> tries = attempts.findByEnrolmentIdOrderByAttemptNo(enrolment.getId());
        boolean passed = tries.stream().anyMatch(QuizAttemptEntity::isPassed);
        // Attempts count on the version the official is on; a passed quiz counts on any version.
        long triesHere = tries.stream().filter(t -> t.getVersionId().equals(enrolment.getVersionId())).count();
        Integer left = content.maxAttempts() == 0 ? null : (int) Math.max(0, content.maxAttempts() - triesHere);
        String last = enrolment.getLastLessonKey();
        String resume = last != null && content.lessons().stream().anyMatch(l -> l.key().equals(last)) ? last
                : content.lessons().isEmpty() ? null : content.lessons().getFirst().key();
        Long latest = courses.publishedVersionId(enrolment.getCourseId()).orElse(null);
        return new LearnerCourse(enrolment.getId(), content, done, resume,
                tries.stream().map(t -> new LearnerCourse.Attempt(t.getAttemptNo(), t.getScorePercent(), t.isPassed(),
                        t.getSubmittedAt())).toList(),
                passed, left, enrolment.getDueOn(), enrolment.getCompletedAt(), enrolment.getCertificateCode(),
                enrolment.getCompletedAt() == null && latest != null && !latest.equals(enrolment.getVersionId()));
    }

    private void completeIfDone(EnrolmentEntity enrolment, CourseContent content) {
        if (enrolment.getCompletedAt() != null) {
            return;
        }
        Set<String> done = doneKeys(enrolment.getId());
        boolean lessons = content.lessons().stream().allMatch(l -> done.contains(l.key()));
        boolean quiz = !content.hasQuiz() || attempts.findByEnrolmentIdOrderByAttemptNo(enrolment.getId()).stream()
                .anyMatch(QuizAttemptEntity::isPassed);
        if (!lessons || !quiz) {
            return;
        }
        Official official = official();
        enrolment.complete(clock.instant(), CertificateCodes.generate());
        enrolments.saveAndFlush(enrolment);
        publisher.certificateIssued(official.department(), enrolment.getCourseId(), certificateOf(enrolment));
        publisher.courseChanged(official.department(), enrolment.getCourseId());
        // The department's member copy holds the address; the official's own token is the fallback.
        String email = members.find(enrolment.getUsername()).map(DepartmentMember::email)
                .orElse(official.user().getEmail());
        notifications.notifyUser(enrolment.getUsername(), email, "training.notification.completed",
                List.of(enrolment.getCourseTitle()), "training");
    }

    private Certificate certificateOf(EnrolmentEntity enrolment) {
        return new Certificate(enrolment.getDisplayName(), enrolment.getCourseTitle(),
                LocalDate.ofInstant(enrolment.getCompletedAt(), PortalTime.ZONE),
                enrolment.getCertificateCode());
    }

    private List<Enrolment> toRows(List<EnrolmentEntity> list) {
        LocalDate today = today();
        Map<Long, CourseContent> contents = new HashMap<>();
        List<Enrolment> rows = new ArrayList<>();
        for (EnrolmentEntity e : list) {
            CourseContent content = contents.computeIfAbsent(e.getVersionId(), courses::version);
            Set<String> done = doneKeys(e.getId());
            boolean passed = attempts.findByEnrolmentIdOrderByAttemptNo(e.getId()).stream()
                    .anyMatch(QuizAttemptEntity::isPassed);
            int steps = content.lessons().size() + (content.hasQuiz() ? 1 : 0);
            int stepsDone = (int) content.lessons().stream().filter(l -> done.contains(l.key())).count()
                    + (content.hasQuiz() && passed ? 1 : 0);
            int percent = e.getCompletedAt() != null ? 100 : steps == 0 ? 0 : stepsDone * 100 / steps;
            rows.add(new Enrolment(e.getId(), e.getUsername(), e.getDisplayName(), e.getCourseId(),
                    e.getCourseTitle(), e.getSource(), e.getDueOn(), e.getEnrolledAt(), e.getCompletedAt(), percent,
                    e.isOverdue(today), e.getCertificateCode()));
        }
        return rows;
    }

    private Set<String> doneKeys(long enrolmentId) {
        return progress.findByEnrolmentId(enrolmentId).stream().map(LessonProgressEntity::getLessonKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private CourseSummary publishedCourse(long courseId, String departmentId) {
        return courses.publishedTo(departmentId).stream().filter(c -> c.id() == courseId).findFirst()
                .orElseThrow(() -> new NotFound("course " + courseId));
    }

    /** The official's own enrolment; anyone else's is simply not found. */
    private EnrolmentEntity own(long enrolmentId) {
        Official official = official();
        return enrolments.findByIdAndUsername(enrolmentId, official.username())
                .orElseThrow(() -> new NotFound("enrolment " + enrolmentId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.ZONE));
    }

    private static String encode(Map<String, Set<Integer>> chosen) {
        Map<String, String> sorted = new LinkedHashMap<>();
        chosen.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(),
                e.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(","))));
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    record Official(PortalUser user, String department) {
        String username() {
            return user.username();
        }
    }

    /** A member of a department working in it. */
    static Official official() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        String department = user.workingDepartment()
                .orElseThrow(() -> new AccessDeniedException("Learning happens in the official's own department"));
        if (user.roles().stream().noneMatch(PortalRole::isDepartmentRole)) {
            throw new AccessDeniedException("Not an official of the department");
        }
        return new Official(user, department);
    }

    static Official departmentAdmin() {
        Official official = official();
        if (!official.user().hasRole(PortalRole.DEPT_ADMIN)) {
            throw new AccessDeniedException("Assigning training is for the department administrator");
        }
        return official;
    }

}
