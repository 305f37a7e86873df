package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Training on a real database: trainers author and publish, officials learn, departments publish counts. */
@SpringBootTest
@ActiveProfiles("test")
class TrainingTest {

    static final PortalUser TRAINER = TestUsers.user("trainer.thandi", null, "trainer");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser OFFICIAL = TestUsers.user("dha.official", "dha", "dept-user");
    static final PortalUser COLLEAGUE = TestUsers.user("dha.colleague", "dha", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin");
    static final PortalUser OTHER_OFFICIAL = TestUsers.user("del.official", "del", "dept-user");
    static final PortalUser OTHER_ADMIN = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");

    @Autowired
    TrainingCourses courses;
    @Autowired
    Learning learning;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingDashboard dashboard;
    @Autowired
    Readiness readiness;
    @Autowired
    CertificateVerification verification;
    @Autowired
    TrainingIndicators indicators;
    @Autowired
    DepartmentMembers members;
    @Autowired
    DataSubjectRequests privacy;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases databases;
    @Autowired
    za.gov.dpsa.isdip.platform.Notifications notifications;
    @Autowired
    za.gov.dpsa.isdip.platform.AuditTrail auditTrail;

    @BeforeEach
    void officialsAreKnown() {
        as(ADMIN, () -> {
            for (PortalUser user : List.of(OFFICIAL, COLLEAGUE, ADMIN)) {
                members.record(new DepartmentMember(user.username(), user.displayName(), null, user.roles()));
            }
            return null;
        });
    }

    @Test
    void aTrainerPublishesAndAnOfficialCompletesWithAVerifiableCertificate() {
        long courseId = publishedCourse("Batho Pele at the counter", 2, 1, 0, true, Set.of());

        List<CatalogueEntry> catalogue = as(OFFICIAL, () -> learning.catalogue());
        assertThat(catalogue).extracting(e -> e.course().title()).contains("Batho Pele at the counter");
        long enrolment = as(OFFICIAL, () -> learning.enrol(courseId));
        assertThat(as(OFFICIAL, () -> learning.enrol(courseId))).isEqualTo(enrolment);

        LearnerCourse course = as(OFFICIAL, () -> learning.open(enrolment));
        List<Lesson> lessons = course.content().lessons();
        assertThat(course.resumeLessonKey()).isEqualTo(lessons.getFirst().key());
        assertThat(course.mayAttemptQuiz()).isFalse();

        // Resume where they left off: after the first lesson, the second.
        as(OFFICIAL, () -> learning.completeLesson(enrolment, lessons.get(0).key()));
        assertThat(as(OFFICIAL, () -> learning.open(enrolment)).resumeLessonKey()).isEqualTo(lessons.get(1).key());
        assertThatThrownBy(() -> as(OFFICIAL, () -> learning.submitQuiz(enrolment, Map.of())))
                .isInstanceOf(TrainingExceptions.NotAllowed.class);
        as(OFFICIAL, () -> learning.completeLesson(enrolment, lessons.get(1).key()));
        assertThat(as(OFFICIAL, () -> learning.open(enrolment)).completedAt()).isNull();

        QuizResult result = as(OFFICIAL, () -> learning.submitQuiz(enrolment, rightAnswers(course.content())));
        assertThat(result.scorePercent()).isEqualTo(100);
        assertThat(result.passed()).isTrue();

        LearnerCourse done = as(OFFICIAL, () -> learning.open(enrolment));
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.certificateCode()).hasSize(16);
        Certificate certificate = as(OFFICIAL, () -> learning.certificate(enrolment)).orElseThrow();
        assertThat(certificate.holderName()).isEqualTo("Test dha.official");
        byte[] pdf = CertificatePdf.write(certificate, "http://localhost/verify", key -> key);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // The download the portal offers carries the official's name: it is recorded as an export in the department.
        byte[] downloaded = as(OFFICIAL, () -> learning.certificatePdf(enrolment, "http://localhost/verify",
                key -> key)).orElseThrow();
        assertThat(new String(downloaded, 0, 5)).isEqualTo("%PDF-");
        assertThat(as(ADMIN, () -> auditTrail.search(OFFICIAL.username(), za.gov.dpsa.isdip.platform.AuditTrail.EXPORT,
                null, null))).anySatisfy(e -> {
                    assertThat(e.entityId()).isEqualTo(Learning.CERTIFICATE_EXPORT);
                    assertThat(e.detail()).isEqualTo("rows: 1; scope: enrolment " + enrolment + ", certificate "
                            + certificate.code() + "; personal fields: holderName");
                });

        // Anyone can verify the code, typed in any case and with the dashes; it shows name, course and date only.
        CertificateVerification.Verified verified = verification
                .verify(CertificateCodes.display(certificate.code()).toLowerCase()).orElseThrow();
        assertThat(verified.holderName()).isEqualTo("Test dha.official");
        assertThat(verified.courseTitle()).isEqualTo("Batho Pele at the counter");
        assertThat(verified.completedOn()).isEqualTo(LocalDate.now(PortalTime.ZONE));
    }

    @Test
    void aDataSubjectRequestCorrectsTheLearnersNameOnTheCertificateAndAnonymisingLeavesNoNameBehind() {
        long courseId = publishedCourse("Complaints handling basics", 1, 0, 0, true, Set.of());
        String username = "dha.learner." + java.util.UUID.randomUUID().toString().substring(0, 6);
        PortalUser learner = TestUsers.user(username, "dha", "dept-user");
        long enrolment = as(learner, () -> learning.enrol(courseId));
        Lesson lesson = as(learner, () -> learning.open(enrolment)).content().lessons().getFirst();
        as(learner, () -> learning.completeLesson(enrolment, lesson.key()));
        String code = as(learner, () -> learning.open(enrolment)).certificateCode();

        String correction = as(ADMIN, () -> privacy.open(new DataSubjectRequests.NewRequest(
                DataSubjectRequests.Kind.CORRECTION, "Test " + username, null, null, null, LocalDate.now()))).reference();
        assertThat(as(ADMIN, () -> privacy.records(correction))).extracting(PersonalRecord::recordId)
                .contains(String.valueOf(enrolment));
        as(ADMIN, () -> privacy.correct(correction, "training.enrolment", String.valueOf(enrolment), "fullName",
                "Lerato Mokoena-" + username));
        assertThat(verification.verify(code).orElseThrow().holderName()).isEqualTo("Lerato Mokoena-" + username);

        String deletion = as(ADMIN, () -> privacy.open(new DataSubjectRequests.NewRequest(
                DataSubjectRequests.Kind.ANONYMISATION, "Lerato Mokoena-" + username, null, null, null,
                LocalDate.now()))).reference();
        as(ADMIN, () -> privacy.anonymise(deletion, "training.enrolment", String.valueOf(enrolment)));

        assertThat(verification.verify(code).orElseThrow().holderName()).isEqualTo("[anonymised]");
        String row = jdbc.queryForMap("select * from `" + databases.databaseOf("dha") + "`.training_enrolment where id = ?",
                enrolment).toString();
        assertThat(row).doesNotContain(username).doesNotContain("Lerato");
        // Another department's administrator finds nothing of this learner.
        String elsewhere = as(OTHER_ADMIN, () -> privacy.open(new DataSubjectRequests.NewRequest(
                DataSubjectRequests.Kind.ACCESS, "Test " + username, null, null, null, LocalDate.now()))).reference();
        assertThat(as(OTHER_ADMIN, () -> privacy.records(elsewhere))).isEmpty();
    }

    @Test
    void aForgedOrMistypedCodeIsNotValid() {
        String real = CertificateCodes.generate();
        assertThat(CertificateCodes.normalise(real)).contains(real);
        // A well-formed code nobody was issued: passes the check character, found nowhere.
        assertThat(verification.verify(real)).isEmpty();
        // One character changed: the check character catches it before any look-up.
        char changed = real.charAt(3) == 'A' ? 'B' : 'A';
        assertThat(CertificateCodes.normalise(real.substring(0, 3) + changed + real.substring(4))).isEmpty();
        assertThat(verification.verify("AAAA-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(verification.verify("<script>")).isEmpty();
        assertThat(verification.verify(null)).isEmpty();
    }

    @Test
    void quizScoringAllWrongPartialMultipleChoiceAndTheAttemptLimit() {
        long courseId = publishedCourse("Complaints turnaround", 1, 2, 2, true, Set.of());
        long enrolment = as(COLLEAGUE, () -> learning.enrol(courseId));
        LearnerCourse course = as(COLLEAGUE, () -> learning.open(enrolment));
        as(COLLEAGUE, () -> learning.completeLesson(enrolment, course.content().lessons().getFirst().key()));
        Question single = course.content().questions().get(0);
        Question multiple = course.content().questions().get(1);

        // All wrong: 0 %, feedback for the answers chosen, one attempt left.
        QuizResult wrong = as(COLLEAGUE, () -> learning.submitQuiz(enrolment, Map.of(
                single.key(), Set.of(0), multiple.key(), Set.of(2))));
        assertThat(wrong.scorePercent()).isZero();
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.attemptsLeft()).isEqualTo(1);
        assertThat(wrong.questions().getFirst().answers().get(0).feedback()).isEqualTo("Not this one.");

        // Single right (1) + multiple with one of two right answers (1/2): 75 %, below the pass mark of 80.
        QuizResult partial = as(COLLEAGUE, () -> learning.submitQuiz(enrolment, Map.of(
                single.key(), Set.of(1), multiple.key(), Set.of(0))));
        assertThat(partial.scorePercent()).isEqualTo(75);
        assertThat(partial.passed()).isFalse();
        assertThat(partial.attemptsLeft()).isZero();

        // The limit is reached: no third attempt, nothing recorded.
        assertThatThrownBy(() -> as(COLLEAGUE, () -> learning.submitQuiz(enrolment, rightAnswers(course.content()))))
                .isInstanceOf(TrainingExceptions.NotAllowed.class);
        LearnerCourse after = as(COLLEAGUE, () -> learning.open(enrolment));
        assertThat(after.attempts()).extracting(LearnerCourse.Attempt::scorePercent).containsExactly(0, 75);
        assertThat(after.completedAt()).isNull();
    }

    @Test
    void aWrongChoiceCancelsARightOneInMultipleChoiceButNeverGoesBelowZero() {
        Question question = new Question(1, "q", "Which?", true, List.of(new AnswerOption("a", true, null),
                new AnswerOption("b", true, null), new AnswerOption("c", false, null),
                new AnswerOption("d", false, null)));
        assertThat(QuizScoring.score(List.of(question), Map.of("q", Set.of(0, 1)), 50, 1, null).scorePercent())
                .isEqualTo(100);
        assertThat(QuizScoring.score(List.of(question), Map.of("q", Set.of(0, 2)), 50, 1, null).scorePercent())
                .isZero();
        assertThat(QuizScoring.score(List.of(question), Map.of("q", Set.of(2, 3)), 50, 1, null).scorePercent())
                .isZero();
        assertThat(QuizScoring.score(List.of(question), Map.of("q", Set.of(0, 1, 2, 3)), 50, 1, null)
                .scorePercent()).isZero();
        assertThat(QuizScoring.score(List.of(question), Map.of(), 50, 1, null).scorePercent()).isZero();
    }

    @Test
    void editingAPublishedCourseMakesANewVersionAndLearnersKeepTheirProgress() {
        long courseId = publishedCourse("Service charters that work", 2, 1, 0, true, Set.of());
        PortalUser learner = TestUsers.user("dha.versioned", "dha", "dept-user");
        long enrolment = as(learner, () -> learning.enrol(courseId));
        LearnerCourse v1 = as(learner, () -> learning.open(enrolment));
        as(learner, () -> learning.completeLesson(enrolment, v1.content().lessons().get(0).key()));

        // Published content cannot be edited in place.
        assertThatThrownBy(() -> as(TRAINER, () -> {
            courses.updateLesson(courseId, v1.content().lessons().get(0).id(),
                    new LessonInput("Changed", "Changed text", null, null));
            return null;
        })).isInstanceOf(TrainingExceptions.NotAllowed.class);

        as(TRAINER, () -> {
            courses.startNewVersion(courseId);
            CourseContent draft = courses.editable(courseId);
            assertThat(draft.versionNumber()).isEqualTo(2);
            assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
            courses.updateLesson(courseId, draft.lessons().get(0).id(),
                    new LessonInput("Charters, revised", "A **new** text.", null, null));
            courses.addLesson(courseId, draft.modules().getFirst().id(),
                    new LessonInput("A third lesson", "More.", null, null));
            courses.publish(courseId, true, Set.of());
            return null;
        });

        // The learner is still on version 1 with their lesson done.
        LearnerCourse stillV1 = as(learner, () -> learning.open(enrolment));
        assertThat(stillV1.content().versionNumber()).isEqualTo(1);
        assertThat(stillV1.content().lessons().get(0).title()).isNotEqualTo("Charters, revised");
        assertThat(stillV1.doneLessonKeys()).containsExactly(v1.content().lessons().get(0).key());
        assertThat(stillV1.newerVersionAvailable()).isTrue();

        // Moving to version 2 carries the done lesson over by its key.
        as(learner, () -> {
            learning.moveToLatestVersion(enrolment);
            return null;
        });
        LearnerCourse v2 = as(learner, () -> learning.open(enrolment));
        assertThat(v2.content().versionNumber()).isEqualTo(2);
        assertThat(v2.content().lessons()).hasSize(3);
        assertThat(v2.content().lessons().get(0).title()).isEqualTo("Charters, revised");
        assertThat(v2.doneLessonKeys()).contains(v1.content().lessons().get(0).key());
        assertThat(v2.percentDone()).isEqualTo(25);
    }

    @Test
    void aPassedQuizSurvivesANewVersion() {
        long courseId = publishedCourse("SDIP baselines", 1, 1, 0, true, Set.of());
        PortalUser learner = TestUsers.user("dha.quizzer", "dha", "dept-user");
        long enrolment = as(learner, () -> learning.enrol(courseId));
        LearnerCourse v1 = as(learner, () -> learning.open(enrolment));
        as(learner, () -> learning.completeLesson(enrolment, v1.content().lessons().get(0).key()));
        // Passed, then completed; a new version does not take the certificate away.
        as(learner, () -> learning.submitQuiz(enrolment, rightAnswers(v1.content())));
        as(TRAINER, () -> {
            courses.startNewVersion(courseId);
            courses.addLesson(courseId, courses.editable(courseId).modules().getFirst().id(),
                    new LessonInput("New material", "Added later.", null, null));
            courses.publish(courseId, true, Set.of());
            return null;
        });
        LearnerCourse after = as(learner, () -> learning.open(enrolment));
        assertThat(after.quizPassed()).isTrue();
        assertThat(after.completedAt()).isNotNull();
        assertThat(after.newerVersionAvailable()).isFalse();
    }

    @Test
    void publishingRefusesACourseWithoutLessonsOrWithoutDepartments() {
        long courseId = as(TRAINER, () -> courses.create(input("An empty course for now")));
        assertThatThrownBy(() -> as(TRAINER, () -> {
            courses.publish(courseId, true, Set.of());
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lessons"));
        assertThatThrownBy(() -> as(TRAINER, () -> {
            courses.publish(courseId, false, Set.of());
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("departments"));
        assertThatThrownBy(() -> as(TRAINER, () -> courses.create(new CourseInput("Shrt", "A summary long enough",
                "Everyone", IsdipDomain.ADVOCACY, Set.of(), 30, 70, 0))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> as(TRAINER, () -> courses.addQuestion(courseId, new QuestionInput(
                "Pick exactly one", false, List.of(new AnswerOption("a", true, null), new AnswerOption("b", true, null))))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("training.invalid.answers.singleOneCorrect"));
        // Officials do not author.
        assertThatThrownBy(() -> as(OFFICIAL, () -> courses.create(input("An official's course"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCourseForChosenDepartmentsIsNotInOtherCatalogues() {
        long courseId = publishedCourse("Home Affairs queue management", 1, 0, 0, false, Set.of("dha"));
        assertThat(as(OFFICIAL, () -> learning.catalogue())).extracting(e -> e.course().id()).contains(courseId);
        assertThat(as(OTHER_OFFICIAL, () -> learning.catalogue())).extracting(e -> e.course().id())
                .doesNotContain(courseId);
        assertThatThrownBy(() -> as(OTHER_OFFICIAL, () -> learning.enrol(courseId)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anOfficialSeesOnlyTheirOwnProgressAndAnAdministratorOnlyTheirDepartment() {
        long courseId = publishedCourse("Operations Management Framework basics", 1, 0, 0, true, Set.of());
        long mine = as(OFFICIAL, () -> learning.enrol(courseId));
        long elsewhere = as(OTHER_OFFICIAL, () -> learning.enrol(courseId));

        // Another official of the same department, and of another department, cannot open it.
        assertThatThrownBy(() -> as(COLLEAGUE, () -> learning.open(mine))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(OTHER_OFFICIAL, () -> learning.open(mine)))
                .isInstanceOf(NotFound.class);
        assertThat(as(COLLEAGUE, () -> learning.myLearning())).extracting(Enrolment::id).doesNotContain(mine);
        assertThatThrownBy(() -> as(OFFICIAL, () -> learning.departmentEnrolments()))
                .isInstanceOf(AccessDeniedException.class);

        List<Enrolment> dha = as(ADMIN, () -> learning.departmentEnrolments());
        assertThat(dha).extracting(Enrolment::username).contains("dha.official").doesNotContain("del.official");
        List<Enrolment> del = as(OTHER_ADMIN, () -> learning.departmentEnrolments());
        assertThat(del).extracting(Enrolment::id).contains(elsewhere);
        assertThat(del).extracting(Enrolment::username).doesNotContain("dha.official");

        // Trainers and DPSA reach no department's learners.
        assertThatThrownBy(() -> as(TRAINER, () -> learning.myLearning())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DPSA, () -> learning.departmentEnrolments()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorAssignsWithADueDateAndTheDashboardShowsCountsWithoutNames() {
        long courseId = publishedCourse("Business process mapping", 1, 0, 0, true, Set.of());
        LocalDate due = LocalDate.now(PortalTime.ZONE).plusDays(14);

        assertThatThrownBy(() -> as(ADMIN, () -> learning.assign(courseId, List.of(COLLEAGUE.username()),
                LocalDate.now(PortalTime.ZONE).minusDays(1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("dueOn"));
        assertThatThrownBy(() -> as(ADMIN, () -> learning.assign(courseId, List.of("nobody.here"), due)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("officials"));
        assertThatThrownBy(() -> as(OFFICIAL, () -> learning.assign(courseId, List.of(COLLEAGUE.username()), due)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(ADMIN, () -> learning.assign(courseId, List.of(COLLEAGUE.username(), OFFICIAL.username()), due)))
                .isEqualTo(2);
        Enrolment assigned = as(COLLEAGUE, () -> learning.myLearning()).stream().filter(e -> e.courseId() == courseId)
                .findFirst().orElseThrow();
        assertThat(assigned.source()).isEqualTo(EnrolmentSource.ASSIGNED);
        assertThat(assigned.dueOn()).isEqualTo(due);
        assertThat(assigned.overdue()).isFalse();

        // The official completes; the department's counts reach the trainer's dashboard.
        LearnerCourse course = as(OFFICIAL, () -> learning.open(as(OFFICIAL, () -> learning.myLearning()).stream()
                .filter(e -> e.courseId() == courseId).findFirst().orElseThrow().id()));
        as(OFFICIAL, () -> learning.completeLesson(course.enrolmentId(), course.content().lessons().getFirst().key()));
        List<ProgressRow> rows = as(TRAINER, () -> dashboard.rows(courseId, null));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.departmentId()).isEqualTo("dha");
            assertThat(row.enrolled()).isEqualTo(2);
            assertThat(row.completed()).isEqualTo(1);
            assertThat(row.inProgress()).isEqualTo(1);
            assertThat(row.overdue()).isZero();
        });
        assertThat(new String(TrainingDashboard.csv(rows, List.of("Department", "Course", "Enrolled", "In progress",
                "Completed", "Overdue", "Completion %", "Updated")), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"Department of Home Affairs\",\"Business process mapping\",\"2\",\"1\",\"1\",\"0\",\"50\",")
                .doesNotContain("dha.official");
        assertThatThrownBy(() -> as(OFFICIAL, () -> dashboard.rows(null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFullSessionHasAWaitingListAndAFreedPlaceGoesToTheFirstWaiting() {
        long courseId = publishedCourse("Khaedu deployment briefing", 1, 0, 0, true, Set.of());
        LocalDateTime start = LocalDateTime.now(PortalTime.ZONE).plusDays(7).withNano(0);
        long sessionId = as(TRAINER, () -> sessions.schedule(new SessionInput(courseId, start, start.plusHours(3),
                "Pretoria", null, 1)));
        assertThatThrownBy(() -> as(TRAINER, () -> sessions.schedule(new SessionInput(courseId, start,
                start.minusHours(1), "Pretoria", null, 5))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
        assertThatThrownBy(() -> as(TRAINER, () -> sessions.schedule(new SessionInput(courseId, start,
                start.plusHours(1), null, "javascript:alert(1)", 5))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("onlineLink"));

        assertThat(as(OFFICIAL, () -> sessions.register(sessionId))).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(as(OTHER_OFFICIAL, () -> sessions.register(sessionId))).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(as(OTHER_OFFICIAL, () -> sessions.upcomingForMe())).filteredOn(s -> s.id() == sessionId)
                .singleElement().satisfies(s -> assertThat(s.myStatus()).isEqualTo(RegistrationStatus.WAITLISTED));

        as(OFFICIAL, () -> {
            sessions.cancelRegistration(sessionId);
            return null;
        });
        // The official who was waiting is told in their own department.
        assertThat(as(OTHER_OFFICIAL, () -> notifications.latest(OTHER_OFFICIAL)))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("training.notification.placeFreed"));
        List<Registrant> registrants = as(TRAINER, () -> sessions.registrants(sessionId));
        assertThat(registrants).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Test del.official");
            assertThat(r.departmentName()).isEqualTo("Department of Employment and Labour");
            assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED);
        });
        as(TRAINER, () -> {
            sessions.markAttendance(registrants.getFirst().id(), true);
            return null;
        });
        assertThat(as(TRAINER, () -> sessions.registrants(sessionId)).getFirst().attended()).isTrue();
        assertThatThrownBy(() -> as(OFFICIAL, () -> sessions.registrants(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readinessIsShownPerDepartmentOnlyFromThreeResponses() {
        PortalUser first = TestUsers.user("gp-health.one", "gp-health", "dept-user");
        PortalUser second = TestUsers.user("gp-health.two", "gp-health", "dept-user");
        PortalUser third = TestUsers.user("gp-health.three", "gp-health", "dept-user");
        PortalUser admin = TestUsers.user("gp-health.admin", "gp-health", "dept-user", "dept-admin");

        assertThatThrownBy(() -> as(first, () -> {
            readiness.answer(new Integer[] {4, 6, 3, 3, 3});
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("desire"));
        answer(first, 4, 4, 3, 2, 1);
        answer(second, 2, 4, 3, 2, 1);
        assertThat(gpHealth().responses()).isEqualTo(2);
        assertThat(gpHealth().shown()).isFalse();

        answer(third, 3, 4, 3, 5, 1);
        answer(first, 3, 4, 3, 2, 1);
        ReadinessFigures figures = gpHealth();
        assertThat(figures.responses()).isEqualTo(3);
        assertThat(figures.awareness()).isEqualByComparingTo("2.67");
        assertThat(figures.ability()).isEqualByComparingTo("3.00");
        assertThat(as(admin, () -> readiness.department()).desire()).isEqualByComparingTo("4.00");
        assertThat(as(first, () -> readiness.mine())).hasValueSatisfying(v -> assertThat(v).containsExactly(3, 4, 3, 2, 1));
        assertThatThrownBy(() -> as(first, () -> readiness.byDepartment())).isInstanceOf(AccessDeniedException.class);

        ReportingPeriod period = currentQuarter();
        Map<String, BigDecimal> figuresForReport = as(admin, () -> indicators.compute(period));
        // (2.67 + 4 + 3 + 3 + 1) / 25 = 54.7 % of the best possible readiness.
        assertThat(figuresForReport.get(TrainingIndicators.READINESS)).isEqualByComparingTo("54.7");
    }

    @Test
    void theReportCountsOfficialsTrainedInThePeriod() {
        long courseId = publishedCourse("Public Service Month", 1, 0, 0, true, Set.of());
        PortalUser learner = TestUsers.user("wc-education.learner", "wc-education", "dept-user");
        PortalUser reporter = TestUsers.user("wc-education.reporter", "wc-education", "dept-user", "dept-reporter");
        BigDecimal before = as(reporter, () -> indicators.compute(currentQuarter())).get(TrainingIndicators.OFFICIALS_TRAINED);
        long enrolment = as(learner, () -> learning.enrol(courseId));
        as(learner, () -> learning.completeLesson(enrolment, as(learner, () -> learning.open(enrolment)).content()
                .lessons().getFirst().key()));

        Map<String, BigDecimal> figures = as(reporter, () -> indicators.compute(currentQuarter()));
        assertThat(figures.get(TrainingIndicators.OFFICIALS_TRAINED)).isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(figures.get(TrainingIndicators.COMPLETIONS)).isPositive();
        assertThat(figures.get(TrainingIndicators.ENROLMENTS)).isPositive();
        assertThat(as(reporter, () -> indicators.sources(TrainingIndicators.OFFICIALS_TRAINED, currentQuarter(), 10)))
                .anySatisfy(s -> assertThat(s.title()).startsWith("Public Service Month"));
    }

    @Test
    void lessonMaterialsAreCheckedStoredAndCarriedIntoTheNextVersion() {
        long courseId = as(TRAINER, () -> courses.create(input("Materials for SOP writing")));
        long lessonId = as(TRAINER, () -> {
            long module = courses.addModule(courseId, "Templates");
            return courses.addLesson(courseId, module, new LessonInput("The SOP template", "Use the template.",
                    "https://www.dpsa.gov.za", "DPSA"));
        });
        byte[] pdf = "%PDF-1.4\n% a tiny template\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] executable = "MZ\u0090\u0000 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(as(TRAINER, () -> courses.attachMaterial(courseId, lessonId, "sop-template.pdf", pdf))).isEmpty();
        assertThat(as(TRAINER, () -> courses.attachMaterial(courseId, lessonId, "invoice.pdf", executable)))
                .contains("training.material.content");
        assertThat(as(TRAINER, () -> courses.attachMaterial(courseId, lessonId, "run.exe", executable)))
                .contains("training.material.type");
        assertThatThrownBy(() -> as(OFFICIAL, () -> courses.attachMaterial(courseId, lessonId, "x.pdf", pdf)))
                .isInstanceOf(AccessDeniedException.class);

        as(TRAINER, () -> {
            courses.publish(courseId, true, Set.of());
            courses.startNewVersion(courseId);
            return null;
        });
        CourseContent draft = as(TRAINER, () -> courses.editable(courseId));
        assertThat(draft.versionNumber()).isEqualTo(2);
        assertThat(draft.materials()).singleElement().satisfies(m -> {
            assertThat(m.fileName()).isEqualTo("sop-template.pdf");
            assertThat(m.contentType()).isEqualTo("application/pdf");
            assertThat(courses.material(m.id()).orElseThrow().content()).isEqualTo(pdf);
        });
        assertThat(draft.lessons().getFirst().linkUrl()).isEqualTo("https://www.dpsa.gov.za");
    }

    @Autowired
    TrainingDemoData demo;
    @Autowired
    TrainingPublisher publisher;

    @Test
    void movingAModuleCarriesItsLessonsAndTheLearnerReadsTheNewOrder() {
        long courseId = as(TRAINER, () -> {
            long id = courses.create(input("Complaints end to end"));
            long first = courses.addModule(id, "Receiving complaints");
            courses.addLesson(id, first, new LessonInput("Channels", "Walk-in, phone, email.", null, null));
            courses.addLesson(id, first, new LessonInput("Acknowledging", "Within five days.", null, null));
            long second = courses.addModule(id, "Why complaints matter");
            courses.addLesson(id, second, new LessonInput("Redress", "What citizens are owed.", null, null));

            courses.moveModule(id, second, -1);
            courses.moveModule(id, second, -1); // already first: stays
            long acknowledging = courses.editable(id).lessons().stream()
                    .filter(lesson -> lesson.title().equals("Acknowledging")).findFirst().orElseThrow().id();
            courses.moveLesson(id, acknowledging, -1);
            courses.publish(id, true, Set.of());
            return id;
        });

        CourseContent published = as(TRAINER, () -> courses.editable(courseId));
        assertThat(published.modules()).extracting(CourseModule::title)
                .containsExactly("Why complaints matter", "Receiving complaints");
        PortalUser learner = TestUsers.user("dha.reorder", "dha", "dept-user");
        long enrolment = as(learner, () -> learning.enrol(courseId));
        LearnerCourse course = as(learner, () -> learning.open(enrolment));
        assertThat(course.content().lessons()).extracting(Lesson::title)
                .containsExactly("Redress", "Acknowledging", "Channels");
    }

    @Test
    void aLessonMovedPastTheEdgeOfItsModuleGoesIntoTheNeighbouringModule() {
        CourseContent content = as(TRAINER, () -> {
            long id = courses.create(input("Service standards from first principles"));
            long first = courses.addModule(id, "Knowing the standard");
            courses.addLesson(id, first, new LessonInput("What a standard is", "Measurable and public.", null, null));
            long second = courses.addModule(id, "Keeping the standard");
            long measuring = courses.addLesson(id, second, new LessonInput("Measuring", "Monthly.", null, null));
            courses.addLesson(id, second, new LessonInput("Reporting", "Quarterly.", null, null));

            courses.moveLesson(id, measuring, -1); // top of its module: to the end of the module before
            long standard = courses.editable(id).lessons().getFirst().id();
            courses.moveLesson(id, standard, -1); // top of the course: stays
            return courses.editable(id);
        });

        assertThat(content.modules()).extracting(m -> m.title() + ": " + m.lessons().stream().map(Lesson::title)
                .toList()).containsExactly("Knowing the standard: [What a standard is, Measuring]",
                "Keeping the standard: [Reporting]");

        CourseContent back = as(TRAINER, () -> {
            long measuring = content.lessons().stream().filter(l -> l.title().equals("Measuring")).findFirst()
                    .orElseThrow().id();
            courses.moveLesson(content.courseId(), measuring, 1); // bottom of its module: to the start of the next
            return courses.editable(content.courseId());
        });
        assertThat(back.modules()).extracting(m -> m.lessons().stream().map(Lesson::title).toList())
                .containsExactly(List.of("What a standard is"), List.of("Measuring", "Reporting"));
    }

    @Test
    void theDemoDataGivesAReviewerALivingModule() {
        PortalUser official = TestUsers.user("kzn-transport.official", "kzn-transport", "dept-user");
        PortalUser admin = TestUsers.user("kzn-transport.admin", "kzn-transport", "dept-user", "dept-admin");
        PortalUser reporter = TestUsers.user("kzn-transport.reporter", "kzn-transport", "dept-user", "dept-reporter");
        as(admin, () -> {
            for (PortalUser user : List.of(official, admin, reporter)) {
                members.record(new DepartmentMember(user.username(), user.displayName(), null, user.roles()));
            }
            return null;
        });

        demo.seedNow();

        assertThat(as(TRAINER, () -> courses.list())).extracting(CourseSummary::title)
                .contains("Batho Pele in everyday service", "Writing a Service Delivery Improvement Plan",
                        "Complaints management for supervisors");
        assertThat(as(TRAINER, () -> sessions.all())).hasSizeGreaterThanOrEqualTo(2);
        List<Enrolment> learning = as(official, () -> this.learning.myLearning());
        assertThat(learning).anySatisfy(e -> {
            assertThat(e.courseTitle()).isEqualTo("Batho Pele in everyday service");
            assertThat(e.certificateCode()).isNotNull();
        });
        assertThat(as(TRAINER, () -> dashboard.rows(null, "kzn-transport"))).anySatisfy(row ->
                assertThat(row.overdue()).isEqualTo(1));
        assertThat(gp("kzn-transport").shown()).isTrue();
        // The nightly recount gives the same counts (and would repair any that failed to publish).
        List<ProgressRow> before = as(TRAINER, () -> dashboard.rows(null, "kzn-transport"));
        publisher.recountEveryDepartment();
        assertThat(as(TRAINER, () -> dashboard.rows(null, "kzn-transport")))
                .extracting(ProgressRow::courseId, ProgressRow::enrolled, ProgressRow::completed, ProgressRow::overdue)
                .containsExactlyInAnyOrderElementsOf(before.stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.courseId(), r.enrolled(), r.completed(),
                                r.overdue())).toList());
        // The course for chosen departments is not offered to KZN Transport.
        assertThat(as(official, () -> this.learning.catalogue())).extracting(e -> e.course().title())
                .doesNotContain("Complaints management for supervisors");
    }

    private ReadinessFigures gp(String department) {
        return as(TRAINER, () -> readiness.byDepartment()).stream().filter(f -> f.departmentId().equals(department))
                .findFirst().orElseThrow();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void answer(PortalUser user, Integer... scores) {
        as(user, () -> {
            readiness.answer(scores);
            return null;
        });
    }

    private ReadinessFigures gpHealth() {
        return as(TRAINER, () -> readiness.byDepartment()).stream().filter(f -> f.departmentId().equals("gp-health"))
                .findFirst().orElseThrow();
    }

    private static ReportingPeriod currentQuarter() {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        int[] q = ReportingPeriod.quarterOf(today);
        return new ReportingPeriod(0, q[0], q[1], ReportingPeriod.start(q[0], q[1]), ReportingPeriod.end(q[0], q[1]),
                ReportingPeriod.end(q[0], q[1]).plusDays(30));
    }

    static CourseInput input(String title) {
        return new CourseInput(title, "What every official should know about " + title + ".", "All officials",
                IsdipDomain.CHANGE_MANAGEMENT, EnumSet.of(Mechanism.BATHO_PELE), 45, 80, 0);
    }

    /**
     * A course with {@code lessons} lessons in one module and {@code questions} questions (the first single choice,
     * the second multiple choice with two right answers), pass mark 80, published.
     */
    private long publishedCourse(String title, int lessons, int questions, int maxAttempts, boolean all,
                                 Set<String> departments) {
        return as(TRAINER, () -> {
            CourseInput base = input(title);
            long id = courses.create(new CourseInput(base.title(), base.summary(), base.audience(), base.domain(),
                    base.mechanisms(), base.durationMinutes(), 80, maxAttempts));
            long module = courses.addModule(id, "Module one");
            for (int i = 1; i <= lessons; i++) {
                courses.addLesson(id, module, new LessonInput("Lesson " + i, "Text of lesson " + i, null, null));
            }
            if (questions >= 1) {
                courses.addQuestion(id, new QuestionInput("Which is right?", false, List.of(
                        new AnswerOption("Wrong", false, "Not this one."), new AnswerOption("Right", true, "Yes."),
                        new AnswerOption("Also wrong", false, null))));
            }
            if (questions >= 2) {
                courses.addQuestion(id, new QuestionInput("Which two are right?", true, List.of(
                        new AnswerOption("Right one", true, null), new AnswerOption("Right two", true, null),
                        new AnswerOption("Wrong", false, "No."))));
            }
            courses.publish(id, all, departments);
            return id;
        });
    }

    private static Map<String, Set<Integer>> rightAnswers(CourseContent content) {
        Map<String, Set<Integer>> chosen = new java.util.HashMap<>();
        for (Question q : content.questions()) {
            Set<Integer> right = new java.util.TreeSet<>();
            for (int i = 0; i < q.answers().size(); i++) {
                if (q.answers().get(i).correct()) {
                    right.add(i);
                }
            }
            chosen.put(q.key(), right);
        }
        return chosen;
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
