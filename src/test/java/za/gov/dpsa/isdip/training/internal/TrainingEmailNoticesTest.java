package za.gov.dpsa.isdip.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Training notices reach the official by email too (GreenMail as the SMTP server), at the address their own
 * department's member copy holds: a place freed on a session, a cancelled session, a completed course.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("test")
class TrainingEmailNoticesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final PortalUser TRAINER = TestUsers.user("trainer.thandi", null, "trainer");
    static final PortalUser FIRST = TestUsers.user("ec-social-development.first", "ec-social-development", "dept-user");
    static final PortalUser WAITING = TestUsers.user("wc-education.waiting", "wc-education", "dept-user");
    static final String WAITING_EMAIL = "waiting@education.example";
    static final String FIRST_EMAIL = "first@socdev.example";

    @Autowired
    TrainingCourses courses;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    Learning learning;
    @Autowired
    DepartmentMembers members;
    @Autowired
    Notifications notifications;

    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void officialsSignedIn() {
        // Each is known only in their own department, as their sign-in records them.
        as(FIRST, () -> {
            members.record(new DepartmentMember(FIRST.username(), "Unathi First", FIRST_EMAIL, FIRST.roles()));
            return null;
        });
        as(WAITING, () -> {
            members.record(new DepartmentMember(WAITING.username(), "Lindiwe Waiting", WAITING_EMAIL,
                    WAITING.roles()));
            return null;
        });
    }

    @Test
    void aPlaceFreedOnASessionReachesThePromotedOfficialsEmailFromTheirOwnDepartment() {
        long courseId = publishedCourse("Service charters in practice " + run);
        LocalDateTime start = LocalDateTime.now(PortalTime.ZONE).plusDays(10).withNano(0);
        long sessionId = as(TRAINER, () -> sessions.schedule(new SessionInput(courseId, start, start.plusHours(2),
                "Bhisho", null, 1)));
        assertThat(as(FIRST, () -> sessions.register(sessionId))).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(as(WAITING, () -> sessions.register(sessionId))).isEqualTo(RegistrationStatus.WAITLISTED);

        as(FIRST, () -> {
            sessions.cancelRegistration(sessionId);
            return null;
        });

        assertThat(as(WAITING, () -> notifications.latest(WAITING))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("training.notification.placeFreed");
            assertThat(n.params()).first().isEqualTo("Service charters in practice " + run);
        });
        assertThat(subjectsTo(WAITING_EMAIL)).singleElement().asString()
                .contains("A place freed up: you are now registered for the Service charters in practice " + run);
        assertThat(subjectsTo(FIRST_EMAIL)).as("the official who gave up the place is not told").isEmpty();

        // The trainer cancels the session: the registered official hears of it by email as well.
        as(TRAINER, () -> {
            sessions.cancel(sessionId);
            return null;
        });
        assertThat(subjectsTo(WAITING_EMAIL)).hasSize(2)
                .anySatisfy(s -> assertThat(s).contains("Service charters in practice " + run + " session on")
                        .contains("is cancelled"));
    }

    @Test
    void aCompletedCourseReachesTheOfficialsEmail() {
        long courseId = publishedCourse("Redress and complaints " + run);
        long enrolment = as(FIRST, () -> learning.enrol(courseId));
        String lesson = as(FIRST, () -> learning.open(enrolment)).content().lessons().getFirst().key();

        as(FIRST, () -> learning.completeLesson(enrolment, lesson));

        assertThat(subjectsTo(FIRST_EMAIL)).singleElement().asString()
                .contains("You completed Redress and complaints " + run);
    }

    private long publishedCourse(String title) {
        return as(TRAINER, () -> {
            CourseInput base = TrainingTest.input(title);
            long id = courses.create(base);
            long module = courses.addModule(id, "Module one");
            courses.addLesson(id, module, new LessonInput("Lesson one", "Text of lesson one", null, null));
            courses.publish(id, true, Set.of());
            return id;
        });
    }

    /** Subjects of the emails to this address that concern this test's run. */
    private List<String> subjectsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address))
                .map(TrainingEmailNoticesTest::subject).filter(s -> s.contains(run)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
