package za.gov.dpsa.isdip.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.CourseInput;
import za.gov.dpsa.isdip.training.internal.Enrolment;
import za.gov.dpsa.isdip.training.internal.IsdipDomain;
import za.gov.dpsa.isdip.training.internal.LearnerCourse;
import za.gov.dpsa.isdip.training.internal.Learning;
import za.gov.dpsa.isdip.training.internal.Lesson;
import za.gov.dpsa.isdip.training.internal.LessonInput;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;

/**
 * The training module's main flow: a trainer publishes a course to a department, one of its officials enrols and
 * completes a lesson, and their progress shows it.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES} (starts tenancy, platform and core): courses live in the platform's
 * database and enrolments in the department's, reached through tenancy ({@code TenantWork},
 * {@code DepartmentMembers}); platform records the audit trail and sends notifications. STANDALONE leaves both out
 * and cannot start. Reporting and privacy are not started: training implements their interfaces (its figures, its
 * learner records) but injects none of their beans.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class TrainingModuleTest {

    static final PortalUser TRAINER = TestUsers.user("trainer.module", null, "trainer");
    static final PortalUser OFFICIAL = TestUsers.user("dha.module.learner", "dha", "dept-user");
    static final PortalUser OTHER_DEPARTMENT = TestUsers.user("del.module.learner", "del", "dept-user");

    private final TrainingCourses courses;
    private final Learning learning;
    private final DepartmentMembers members;

    TrainingModuleTest(TrainingCourses courses, Learning learning, DepartmentMembers members) {
        this.courses = courses;
        this.learning = learning;
        this.members = members;
    }

    @Test
    void anOfficialEnrolsInAPublishedCourseAndCompletesALesson() {
        String title = "Batho Pele at the counter " + System.nanoTime();
        long courseId = TestUsers.callAs(TRAINER, () -> {
            long id = courses.create(new CourseInput(title, "What every official should know at the counter.",
                    "All officials", IsdipDomain.CHANGE_MANAGEMENT, EnumSet.of(Mechanism.BATHO_PELE), 45, 80, 0));
            long module = courses.addModule(id, "Module one");
            courses.addLesson(id, module, new LessonInput("Greeting citizens", "Text of lesson one", null, null));
            courses.addLesson(id, module, new LessonInput("Redress", "Text of lesson two", null, null));
            courses.publish(id, false, Set.of("dha"));
            return id;
        });
        TestUsers.runAs(OFFICIAL, () -> members.record(new DepartmentMember(OFFICIAL.username(),
                OFFICIAL.displayName(), null, OFFICIAL.roles())));

        assertThat(TestUsers.callAs(OTHER_DEPARTMENT, learning::catalogue)).extracting(e -> e.course().title())
                .doesNotContain(title);
        assertThat(TestUsers.callAs(OFFICIAL, learning::catalogue)).extracting(e -> e.course().title())
                .contains(title);
        long enrolment = TestUsers.callAs(OFFICIAL, () -> learning.enrol(courseId));
        List<Lesson> lessons = TestUsers.callAs(OFFICIAL, () -> learning.open(enrolment)).content().lessons();

        LearnerCourse progress = TestUsers.callAs(OFFICIAL, () -> learning.completeLesson(enrolment,
                lessons.getFirst().key()));

        assertThat(progress.doneLessonKeys()).containsExactly(lessons.getFirst().key());
        assertThat(progress.percentDone()).isEqualTo(50);
        assertThat(TestUsers.callAs(OFFICIAL, () -> learning.open(enrolment)).resumeLessonKey())
                .isEqualTo(lessons.get(1).key());
        assertThat(TestUsers.callAs(OFFICIAL, learning::myLearning)).extracting(Enrolment::id).contains(enrolment);
    }
}
