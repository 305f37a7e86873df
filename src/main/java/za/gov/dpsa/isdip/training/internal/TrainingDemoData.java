package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.department.EnrolmentRepository;
import za.gov.dpsa.isdip.training.data.platform.CourseRepository;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo training for the embedded run: three courses by trainer.thandi (two published to every department, one to
 * a few), sessions in the coming weeks, and in every demo department an official who completed a course with a
 * certificate, colleagues assigned another (one of them overdue) and readiness answers. Written through the same
 * services officials use. Off unless {@code isdip.demo-data.training} is true; runs once.
 */
@Component
class TrainingDemoData {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final boolean enabled;
    private final TrainingCourses courses;
    private final TrainingSessions sessions;
    private final Learning learning;
    private final Readiness readiness;
    private final CourseRepository courseRepository;
    private final EnrolmentRepository enrolments;
    private final TrainingPublisher publisher;
    private final DepartmentDirectory directory;
    private final DepartmentMembers members;
    private final TenantWork tenantWork;

    TrainingDemoData(@Value("${isdip.demo-data.training:false}") boolean enabled, TrainingCourses courses,
                     TrainingSessions sessions, Learning learning, Readiness readiness,
                     CourseRepository courseRepository, EnrolmentRepository enrolments, TrainingPublisher publisher,
                     DepartmentDirectory directory, DepartmentMembers members, TenantWork tenantWork) {
        this.enabled = enabled;
        this.courses = courses;
        this.sessions = sessions;
        this.learning = learning;
        this.readiness = readiness;
        this.courseRepository = courseRepository;
        this.enrolments = enrolments;
        this.publisher = publisher;
        this.directory = directory;
        this.members = members;
        this.tenantWork = tenantWork;
    }

    /** After the case demo data (which records the demo officials), before reporting (which counts training). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seed() {
        if (!enabled || tenantWork.inPlatform(() -> courseRepository.count()) > 0) {
            return;
        }
        seedNow();
    }

    /** The demo itself, whatever is there already (tests call it directly). */
    void seedNow() {
        PortalUser trainer = user("trainer.thandi", "Thandi Mahlangu", null, PortalRole.TRAINER);
        long[] ids = new long[3];
        as(trainer, () -> {
            ids[0] = batho();
            ids[1] = sdip();
            ids[2] = complaints();
            LocalDate today = LocalDate.now(PortalTime.ZONE);
            sessions.schedule(new SessionInput(ids[0], today.plusDays(9).atTime(9, 0), today.plusDays(9).atTime(13, 0),
                    "DPSA, Batho Pele House, 116 Johannes Ramokhoase Street, Pretoria", null, 25));
            sessions.schedule(new SessionInput(ids[1], today.plusDays(16).atTime(10, 0),
                    today.plusDays(16).atTime(12, 0), null, "https://meet.example.gov.za/isdip-sdip-workshop", 2));
        });
        int departments = 0;
        for (Department department : directory.all()) {
            if (!department.active()) {
                continue;
            }
            PortalUser official = demoUser(department, "official", PortalRole.DEPT_USER);
            PortalUser admin = demoUser(department, "admin", PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN);
            PortalUser reporter = demoUser(department, "reporter", PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER);
            if (official == null || admin == null) {
                continue;
            }
            as(official, () -> {
                long enrolment = learning.enrol(ids[0]);
                LearnerCourse course = learning.open(enrolment);
                course.content().lessons().forEach(l -> learning.completeLesson(enrolment, l.key()));
                learning.submitQuiz(enrolment, correctAnswers(course.content()));
                long second = learning.enrol(ids[1]);
                LearnerCourse started = learning.open(second);
                learning.completeLesson(second, started.content().lessons().getFirst().key());
                readiness.answer(new Integer[] {4, 3, 3, 2, 3});
            });
            as(admin, () -> {
                List<String> colleagues = reporter == null ? List.of(admin.username())
                        : List.of(reporter.username(), admin.username());
                learning.assign(ids[1], colleagues, LocalDate.now(PortalTime.ZONE).plusDays(21));
                // One assignment from last quarter that is now overdue (the form takes only future due dates).
                enrolments.findByUsernameAndCourseId(admin.username(), ids[1]).ifPresent(e -> {
                    e.assign(admin.username(), LocalDate.now(PortalTime.ZONE).minusDays(10));
                    enrolments.save(e);
                });
                publisher.courseChanged(department.id(), ids[1]);
                readiness.answer(new Integer[] {5, 4, 3, 3, 2});
            });
            if (reporter != null) {
                as(reporter, () -> readiness.answer(new Integer[] {4, 4, 2, 3, 3}));
            }
            departments++;
        }
        log.info("Demo training: 3 courses, 2 sessions, learners in {} departments", departments);
    }

    private long batho() {
        long id = courses.create(new CourseInput("Batho Pele in everyday service",
                "The eight Batho Pele principles and the Belief Set, and how an official lives them at the counter, on "
                        + "the phone and in writing.",
                "All officials, especially front-line staff", IsdipDomain.CHANGE_MANAGEMENT,
                EnumSet.of(Mechanism.BATHO_PELE, Mechanism.SERVICE_STANDARDS), 90, 70, 3));
        long principles = courses.addModule(id, "The principles");
        courses.addLesson(id, principles, new LessonInput("People first",
                """
                ## Why Batho Pele

                *Batho Pele* means **people first**. The 1997 White Paper on Transforming Public Service Delivery
                set eight principles that every department must live by:

                1. Consultation
                2. Service standards
                3. Access
                4. Courtesy
                5. Information
                6. Openness and transparency
                7. Redress
                8. Value for money

                > We belong, we care, we serve. (the Batho Pele Belief Set)
                """, "https://www.dpsa.gov.za", "DPSA"));
        courses.addLesson(id, principles, new LessonInput("Service standards and redress",
                """
                ## Standards the citizen can hold you to

                A service standard says **what**, **how fast** and **how well**. When a standard is not met, the
                citizen is owed an apology, an explanation and a remedy: that is *redress*.

                | Principle | At the counter |
                |---|---|
                | Courtesy | Greet, listen, name yourself |
                | Information | Say what happens next and when |
                | Redress | Apologise, explain, fix |
                """, null, null));
        long practice = courses.addModule(id, "In practice");
        courses.addLesson(id, practice, new LessonInput("From complaint to improvement",
                """
                Every complaint is information about the service. Log it, acknowledge it within **7 days**, resolve
                it, and feed what it teaches into the SDIP.
                """, null, null));
        courses.addQuestion(id, new QuestionInput("How many Batho Pele principles are there?", false, List.of(
                new AnswerOption("Six", false, "Count again: consultation to value for money."),
                new AnswerOption("Eight", true, "Right: the White Paper sets eight."),
                new AnswerOption("Ten", false, "There are fewer."))));
        courses.addQuestion(id, new QuestionInput("Which of these are Batho Pele principles?", true, List.of(
                new AnswerOption("Redress", true, "Yes."),
                new AnswerOption("Courtesy", true, "Yes."),
                new AnswerOption("Profit", false, "No: value for money is a principle, profit is not."))));
        courses.publish(id, true, Set.of());
        return id;
    }

    private long sdip() {
        long id = courses.create(new CourseInput("Writing a Service Delivery Improvement Plan",
                "How to choose the services to improve, set baselines and targets, consult, and report progress on an "
                        + "SDIP over its three-year cycle.",
                "SDIP champions and managers", IsdipDomain.ALIGNMENT, EnumSet.of(Mechanism.SDIP, Mechanism.OMF),
                120, 60, 2));
        long module = courses.addModule(id, "Planning");
        courses.addLesson(id, module, new LessonInput("Choosing the key services",
                "Pick **two or three** key services where citizens feel the gap most. Use complaints, surveys and "
                        + "FSDM monitoring reports as evidence.", null, null));
        courses.addLesson(id, module, new LessonInput("Baselines and targets",
                "For each service, state the *current* standard (baseline) and the *desired* standard (target) for "
                        + "quantity, quality, time, cost and access.", null, null));
        courses.addQuestion(id, new QuestionInput("An SDIP runs over how many years?", false, List.of(
                new AnswerOption("One", false, "Progress is reported yearly, but the plan spans longer."),
                new AnswerOption("Three", true, "Right."),
                new AnswerOption("Five", false, "That is the strategic plan's span."))));
        courses.publish(id, true, Set.of());
        return id;
    }

    private long complaints() {
        long id = courses.create(new CourseInput("Complaints management for supervisors",
                "Setting up a complaints register, turnaround times and root-cause analysis, and reporting on them.",
                "Supervisors and complaints officers", IsdipDomain.TECHNICAL_SUPPORT,
                EnumSet.of(Mechanism.COMPLAINTS_MANAGEMENT), 60, 70, 0));
        long module = courses.addModule(id, "The register");
        courses.addLesson(id, module, new LessonInput("What the register holds",
                "Date received, channel, service, summary, who is handling it, the dates of acknowledgement and "
                        + "resolution, and the remedy.", null, null));
        courses.publish(id, false, Set.of(Department.DPSA_ID, "dha", "gp-health"));
        return id;
    }

    private static Map<String, Set<Integer>> correctAnswers(CourseContent content) {
        Map<String, Set<Integer>> chosen = new HashMap<>();
        for (Question question : content.questions()) {
            Set<Integer> right = new java.util.TreeSet<>();
            for (int i = 0; i < question.answers().size(); i++) {
                if (question.answers().get(i).correct()) {
                    right.add(i);
                }
            }
            chosen.put(question.key(), right);
        }
        return chosen;
    }

    private PortalUser demoUser(Department department, String suffix, PortalRole... roles) {
        String username = department.id() + "." + suffix;
        PortalUser probe = user(username, username, department, roles);
        DepartmentMember[] found = new DepartmentMember[1];
        as(probe, () -> found[0] = members.find(username).orElse(null));
        return found[0] == null ? null : user(username, found[0].displayName(), department, roles);
    }

    private static PortalUser user(String username, String name, Department department, PortalRole... roles) {
        return PortalUser.acting(username, name, department == null ? null : department.id(), roles);
    }

    private static void as(PortalUser user, Runnable work) {
        user.runAs(work);
    }
}
