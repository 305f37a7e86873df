package za.gov.dpsa.isdip.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.AnswerOption;
import za.gov.dpsa.isdip.training.internal.CertificateCodes;
import za.gov.dpsa.isdip.training.internal.CourseInput;
import za.gov.dpsa.isdip.training.internal.IsdipDomain;
import za.gov.dpsa.isdip.training.internal.Learning;
import za.gov.dpsa.isdip.training.internal.LessonInput;
import za.gov.dpsa.isdip.training.internal.QuestionInput;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;
import za.gov.dpsa.isdip.training.internal.VersionStatus;

/** Authoring and taking a course in the views, as trainers and officials use them, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class TrainingViewsTest extends SpringBrowserlessTest {

    static final PortalUser TRAINER = TestUsers.user("trainer.thandi", null, "trainer");

    @Autowired
    TrainingCourses courses;
    @Autowired
    Learning learning;
    @Autowired
    DepartmentMembers members;

    @Test
    @WithPortalUser(username = "trainer.thandi", department = "", roles = "trainer")
    void aTrainerAuthorsACourseWithALessonAndAQuizAndPublishesIt() {
        TrainerCoursesView list = navigate(TrainerCoursesView.class);
        test(list.form.title).setValue("Hi");
        test(list.form.summary).setValue("How front offices apply the service charter every day.");
        test(list.form.audience).setValue("Front-office staff");
        test(list.create).click();
        assertThat(list.form.title.isInvalid()).isTrue();
        assertThat(list.form.title.getErrorMessage()).isEqualTo("This is too short.");
        assertThat(list.form.summary.getValue()).startsWith("How front offices");

        test(list.form.title).setValue("The service charter at the front office");
        test(list.create).click();
        CourseEditorView editor = (CourseEditorView) getCurrentView();
        assertThat(find(Paragraph.class).id("course-status").getText()).startsWith("Version 1, draft");

        test(editor.moduleTitle).setValue("Charter basics");
        test(find(Button.class).id("module-add")).click();
        Button addLesson = find(Button.class).withText("Add lesson").single();
        test(addLesson).click();
        roundTrip();
        test(editor.lessonDialog.title).setValue("What a charter promises");
        test(editor.lessonDialog.body).setValue("A charter states **standards** and *redress*.");
        test(editor.lessonDialog.linkUrl).setValue("javascript:alert(1)");
        test(editor.lessonDialog.save).click();
        assertThat(editor.lessonDialog.linkUrl.isInvalid()).isTrue();
        assertThat(editor.lessonDialog.body.getValue()).contains("**standards**");
        test(editor.lessonDialog.linkUrl).setValue("https://www.dpsa.gov.za");
        test(editor.lessonDialog.save).click();
        assertThat(textOf("course-modules")).contains("What a charter promises");

        // Attaching or removing a material keeps what is typed in the open lesson, saved or not.
        test(find(Button.class).withAttribute("aria-label", "Edit: What a charter promises").single()).click();
        roundTrip();
        CourseEditorView.LessonDialog lesson = editor.lessonDialog;
        test(lesson.title).setValue("What a service charter promises");
        Upload upload = find(Upload.class).id("material-upload");
        assertThat(upload.getElement().getAttribute("aria-label")).isEqualTo("Attach a material to this lesson");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("or drop a file here");
        test(upload).upload("charter \"summary\".txt", "text/plain",
                "A charter in brief.".getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(lesson.isOpened()).isTrue();
        assertThat(lesson.title.getValue()).isEqualTo("What a service charter promises");
        assertThat(textOf("lesson-materials")).contains("charter _summary_.txt");
        test(find(Button.class).withAttribute("aria-label", "Remove: charter _summary_.txt").single()).click();
        assertThat(lesson.isOpened()).isTrue();
        assertThat(lesson.title.getValue()).isEqualTo("What a service charter promises");
        assertThat(textOf("lesson-materials")).doesNotContain("summary");
        test(lesson.save).click();
        assertThat(textOf("course-modules")).contains("What a service charter promises");

        test(find(Button.class).id("question-add")).click();
        roundTrip();
        test(editor.questionDialog.text).setValue("What does a charter give the citizen?");
        test(editor.questionDialog.answerTexts.get(0)).setValue("Standards and redress");
        test(editor.questionDialog.answerCorrect.get(0)).click();
        test(editor.questionDialog.answerTexts.get(1)).setValue("A queue number");
        test(editor.questionDialog.answerCorrect.get(1)).click();
        test(editor.questionDialog.save).click();
        assertThat(editor.questionDialog.answersError.getText())
                .isEqualTo("A single-choice question has exactly one right answer.");
        test(editor.questionDialog.answerCorrect.get(1)).click();
        test(editor.questionDialog.answerFeedback.get(1)).setValue("A number is not a standard.");
        test(editor.questionDialog.save).click();
        assertThat(textOf("course-quiz")).contains("What does a charter give the citizen?");

        test(find(Button.class).id("course-publish")).click();
        assertThat(find(Paragraph.class).id("course-status").getText()).startsWith("Version 1, published");
        assertThat(find(Button.class).withId("course-new-version").exists()).isTrue();
    }

    @Test
    @WithPortalUser(username = "dpsa.official", department = "dpsa", roles = "dept-user")
    void anOfficialEnrolsTakesTheLessonsPassesTheQuizAndGetsACertificate() {
        long courseId = TestUsers.callAs(TRAINER, () -> {
            long id = courses.create(new CourseInput("Complaints registers that work",
                    "Keeping a register citizens can trust.", "Complaints officers", IsdipDomain.TECHNICAL_SUPPORT,
                    EnumSet.of(Mechanism.COMPLAINTS_MANAGEMENT), 30, 100, 2));
            long module = courses.addModule(id, "The register");
            courses.addLesson(id, module, new LessonInput("What it holds", "## Columns\n\nDate, channel, remedy.",
                    null, null));
            courses.addLesson(id, module, new LessonInput("Turnaround", "Acknowledge within 7 days.", null, null));
            courses.addQuestion(id, new QuestionInput("Acknowledge within?", false, List.of(
                    new AnswerOption("7 days", true, "Right."), new AnswerOption("30 days", false, "Too slow."))));
            courses.addQuestion(id, new QuestionInput("What does the register hold?", true, List.of(
                    new AnswerOption("Date", true, null), new AnswerOption("Remedy", true, null),
                    new AnswerOption("ID number of the official", false, "Not needed."))));
            courses.publish(id, true, Set.of());
            return id;
        });

        navigate(CatalogueView.class);
        test(find(Button.class).id("enrol-" + courseId)).click();
        CoursePlayerView player = (CoursePlayerView) getCurrentView();
        assertThat(find(H2.class).id("lesson-title").getText()).isEqualTo("What it holds");
        assertThat(find(com.vaadin.flow.component.Html.class).single().getInnerHtml()).contains("<h2>Columns</h2>");
        test(player.markDone).click();
        // Resumes at the next lesson, also when opened again later.
        assertThat(find(H2.class).id("lesson-title").getText()).isEqualTo("Turnaround");
        long enrolment = learning.myLearning().stream().filter(e -> e.courseId() == courseId).findFirst()
                .orElseThrow().id();
        navigate(CoursePlayerView.class, enrolment);
        assertThat(find(H2.class).id("lesson-title").getText()).isEqualTo("Turnaround");
        test(((CoursePlayerView) getCurrentView()).markDone).click();

        QuizView quiz = navigate(QuizView.class, enrolment);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = (RadioButtonGroup<Integer>) quiz.answers.values().toArray()[0];
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> second = (CheckboxGroup<Integer>) quiz.answers.values().toArray()[1];
        first.setValue(1);
        second.setValue(Set.of(0));
        test(quiz.submit).click();
        assertThat(find(H2.class).id("quiz-score").getText()).isEqualTo("Not passed: 25 percent (pass mark 100 percent)");
        assertThat(textOf("quiz-feedback")).contains("Too slow.");

        test(find(Button.class).id("quiz-again")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> again = (RadioButtonGroup<Integer>) quiz.answers.values().toArray()[0];
        @SuppressWarnings("unchecked")
        CheckboxGroup<Integer> againMany = (CheckboxGroup<Integer>) quiz.answers.values().toArray()[1];
        again.setValue(0);
        againMany.setValue(Set.of(0, 1));
        test(quiz.submit).click();
        assertThat(find(H2.class).id("quiz-score").getText()).startsWith("Passed: 100 percent");

        navigate(CoursePlayerView.class, enrolment);
        String shown = find(Paragraph.class).id("certificate-code").getText();
        String code = learning.open(enrolment).certificateCode();
        assertThat(shown).endsWith(CertificateCodes.display(code));

        navigate("verify/" + CertificateCodes.display(code), VerifyCertificateView.class);
        assertThat(textOf("verify-result")).contains("This certificate is valid.").contains("Test dpsa.official")
                .contains("Complaints registers that work").contains(LocalDate.now(PortalTime.ZONE).toString());
        navigate("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ", VerifyCertificateView.class);
        assertThat(textOf("verify-result")).isEqualTo("This code is not valid.");
    }

    @Test
    @WithPortalUser(username = "dpsa.colleague", department = "dpsa", roles = "dept-user")
    void anotherOfficialsEnrolmentIsNotFound() {
        long courseId = TestUsers.callAs(TRAINER, () -> {
            long id = courses.create(new CourseInput("Batho Pele refresher", "The eight principles again.",
                    "All officials", IsdipDomain.CHANGE_MANAGEMENT, Set.of(), 20, 70, 0));
            courses.addLesson(id, courses.addModule(id, "Refresh"), new LessonInput("Principles", "Eight.", null, null));
            courses.publish(id, true, Set.of());
            return id;
        });
        long theirs = TestUsers.callAs(TestUsers.user("dpsa.someone", "dpsa", "dept-user"), () -> learning.enrol(courseId));
        navigate("training/learn/" + theirs, NotFoundView.class);
        navigate("training/quiz/" + theirs, NotFoundView.class);
    }

    @Test
    @WithPortalUser(username = "dpsa.admin", department = "dpsa", roles = {"dept-user", "dept-admin"})
    void anAdministratorAssignsACourseAndTheFormNamesWhatIsMissing() {
        long courseId = TestUsers.callAs(TRAINER, () -> {
            long id = courses.create(new CourseInput("OMF for managers", "Operations management in practice.",
                    "Managers", IsdipDomain.ALIGNMENT, Set.of(Mechanism.OMF), 60, 70, 0));
            courses.addLesson(id, courses.addModule(id, "Basics"), new LessonInput("Value chain", "Inputs to outcomes.",
                    null, null));
            courses.publish(id, true, Set.of());
            return id;
        });
        members.record(new DepartmentMember("dpsa.learner", "Lerato Learner", null,
                Set.of(za.gov.dpsa.isdip.tenancy.PortalRole.DEPT_USER)));

        DepartmentTrainingView view = navigate(DepartmentTrainingView.class);
        view.course.setValue(view.course.getListDataView().getItems().filter(c -> c.id() == courseId).findFirst()
                .orElseThrow());
        view.dueOn.setValue(LocalDate.now(PortalTime.ZONE).plusDays(10));
        test(view.assign).click();
        assertThat(view.officials.isInvalid()).isTrue();
        assertThat(view.officials.getErrorMessage()).isEqualTo("Choose officials of your department.");

        view.officials.setValue(Set.of(view.officials.getListDataView().getItems()
                .filter(m -> m.username().equals("dpsa.learner")).findFirst().orElseThrow()));
        test(view.assign).click();
        assertThat(test(view.grid).size()).isPositive();
        assertThat(learning.departmentEnrolments()).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("dpsa.learner");
            assertThat(e.courseTitle()).isEqualTo("OMF for managers");
        });
    }

    @Test
    @WithPortalUser(username = "trainer.thandi", department = "", roles = "trainer")
    void aPublishedCourseIsEditedOnlyAsANewVersion() {
        long courseId = TestUsers.callAs(TRAINER, () -> {
            long id = courses.create(new CourseInput("Process mapping basics", "Mapping a process end to end.",
                    "Process owners", IsdipDomain.ALIGNMENT, Set.of(Mechanism.BUSINESS_PROCESS_MAPPING), 60, 70, 0));
            courses.addLesson(id, courses.addModule(id, "Maps"), new LessonInput("Swim lanes", "Who does what.", null,
                    null));
            courses.publish(id, true, Set.of());
            return id;
        });
        CourseEditorView editor = navigate(CourseEditorView.class, courseId);
        assertThat(editor.form.title.isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("course-publish").exists()).isFalse();

        test(find(Button.class).id("course-new-version")).click();
        assertThat(find(Paragraph.class).id("course-status").getText()).startsWith("Version 2, draft")
                .contains("Version 1 published");
        assertThat(courses.editable(courseId).status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(find(H1.class).id("editor-heading").getText()).isEqualTo("Process mapping basics");
    }

    @Autowired
    za.gov.dpsa.isdip.training.internal.Readiness readiness;

    @Test
    @WithPortalUser(username = "trainer.thandi", department = "", roles = "trainer")
    void aTrainerSchedulesASessionAndTheFormSaysWhatIsMissing() {
        TestUsers.callAs(TRAINER, () -> {
            long id = courses.create(new CourseInput("Session course for scheduling", "Taught in a room.",
                    "Supervisors", IsdipDomain.ADVOCACY, Set.of(), 120, 70, 0));
            courses.addLesson(id, courses.addModule(id, "Room"), new LessonInput("Agenda", "The day.", null, null));
            courses.publish(id, true, Set.of());
            return id;
        });
        SessionsView view = navigate(SessionsView.class);
        int before = test(view.grid).size();
        view.course.setValue(view.course.getListDataView().getItems()
                .filter(c -> c.title().equals("Session course for scheduling")).findFirst().orElseThrow());
        java.time.LocalDateTime start = java.time.LocalDateTime.now(PortalTime.ZONE).plusDays(3)
                .withHour(9).withMinute(0).withSecond(0).withNano(0);
        view.startsAt.setValue(start);
        view.endsAt.setValue(start.plusHours(2));
        test(view.schedule).click();
        assertThat(view.venue.isInvalid()).isTrue();
        assertThat(view.venue.getErrorMessage()).isEqualTo("Give a venue, an online link, or both.");

        test(view.venue).setValue("Pietermaritzburg regional office");
        test(view.schedule).click();
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
    }

    @Test
    @WithPortalUser(username = "del.surveyed", department = "del", roles = "dept-user")
    void theReadinessSurveyMarksAMissingAnswerAndKeepsTheOthers() {
        ReadinessView view = navigate(ReadinessView.class);
        view.answers.get(0).setValue(4);
        view.answers.get(1).setValue(5);
        view.answers.get(3).setValue(3);
        view.answers.get(4).setValue(2);
        test(view.submit).click();
        assertThat(view.answers.get(2).isInvalid()).isTrue();
        assertThat(view.answers.get(2).getErrorMessage()).isEqualTo("This is required.");
        assertThat(view.answers.get(0).getValue()).isEqualTo(4);
        assertThat(readiness.mine()).isEmpty();

        view.answers.get(2).setValue(3);
        test(view.submit).click();
        assertThat(readiness.mine()).hasValueSatisfying(v -> assertThat(v).containsExactly(4, 5, 3, 3, 2));
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    void dpsaSeesTheDashboardWithACsvAndNoNames() {
        TrainingDashboardView view = navigate(TrainingDashboardView.class);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).id("dashboard-csv").getText())
                .isEqualTo("Download CSV");
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText())
                .doesNotContain("Name").contains("Department", "Course", "Overdue");
        navigate(ReadinessView.class);
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).id("readiness-figures")).isNotNull();
        navigate("training/courses", NotFoundView.class);
    }

    private String textOf(String id) {
        return find(com.vaadin.flow.component.Component.class).id(id).getElement().getTextRecursively();
    }
}
