package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentOnboarding;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.CourseInput;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.IsdipDomain;
import za.gov.dpsa.isdip.training.internal.LearnerCourse;
import za.gov.dpsa.isdip.training.internal.Learning;
import za.gov.dpsa.isdip.training.internal.LessonInput;
import za.gov.dpsa.isdip.training.internal.ProgressRow;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;
import za.gov.dpsa.isdip.training.internal.TrainingDashboard;

/**
 * Training at national scale: the trainers' and DPSA's dashboard over 150 departments and 30 courses (the
 * summaries each department publishes, about 3,600 rows), goal under 500 ms; and a learner's course page and
 * "my learning" for a course of 40 lessons with 20 done, held to 300 ms. A missed goal fails the run once every
 * figure is printed.
 * <p>
 * Not part of the normal suite (tag {@code bench}). Shares ReportingBenchmark's 150 departments (onboarded when
 * missing). The first run creates the 30 courses through {@link TrainingCourses} as a trainer (one of them with
 * 5 modules of 8 lessons), fills {@code training_summary} for every department by JDBC batch, and enrols
 * {@code bench.learner} of {@code bench-d001} in the long course with 20 lessons done; later runs reuse them.
 * <p>
 * Run it with {@code ./mvnw test -Pbench -Dtest=TrainingBenchmark}; figures also go to
 * {@code target/bench/TrainingBenchmark.txt}.
 */
@BenchmarkContext
class TrainingBenchmark {

    static final int COURSES = 30;
    static final int MODULES = 5;
    static final int LESSONS_PER_MODULE = 8;
    static final int LESSONS_DONE = 20;
    static final String COURSE_PREFIX = "Bench course ";
    static final String LONG_COURSE = COURSE_PREFIX + "01: Service delivery improvement in 40 lessons";
    static final int WARM_UP = 10;
    static final int TIMED = 100;
    static final double DASHBOARD_GOAL_MS = 500.0;
    static final double LEARNER_GOAL_MS = 300.0;
    static final PortalUser TRAINER = TestUsers.user("bench.trainer", null, "trainer");
    static final PortalUser DPSA = TestUsers.user("bench.dpsa", null, "dpsa-admin");
    static final PortalUser LEARNER = TestUsers.user("bench.learner", BenchData.SMALL_DEPARTMENT, "dept-user");
    static final String[] SUBJECTS = {"Batho Pele in practice", "Writing a service charter", "Complaints management",
            "Setting service standards", "The SDIP cycle", "Business process mapping", "Writing SOPs",
            "The operations management framework", "Change management with ADKAR", "Reporting to DPSA",
            "Queue management", "Consulting service users", "Redress and apologies", "Frontline courtesy"};

    @Autowired
    TrainingDashboard dashboard;
    @Autowired
    TrainingCourses courses;
    @Autowired
    Learning learning;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentOnboarding onboarding;
    @Autowired
    DataSource dataSource;

    @Test
    void dashboardOver150DepartmentsAndALearnersCourseOf40Lessons() throws Exception {
        String departments = BenchData.prepareDepartments(directory, onboarding, ReportingBenchmark.DEPARTMENTS);
        long started = System.nanoTime();
        List<CourseSummary> benchCourses = prepareCourses();
        String courseSetup = String.format(Locale.ROOT, "%d bench courses ready in %,d ms", benchCourses.size(),
                (System.nanoTime() - started) / 1_000_000);
        String summarySetup = fillSummaries(benchCourses);
        CourseSummary longCourse = benchCourses.stream().filter(c -> c.title().equals(LONG_COURSE)).findFirst()
                .orElseThrow();
        long enrolmentId = prepareLearner(longCourse.id());

        BenchData.Report report = new BenchData.Report("TrainingBenchmark", dataSource);
        report.line("departments: %s; courses: %s; summaries: %s", departments, courseSetup, summarySetup);
        report.line("%d warm-up calls, then %d timed, per call", WARM_UP, TIMED);
        report.line("");

        List<ProgressRow> all = TestUsers.callAs(TRAINER, () -> dashboard.rows(null, null));
        long departmentsShown = all.stream().map(ProgressRow::departmentId).distinct().count();
        assertThat(departmentsShown).isGreaterThanOrEqualTo(ReportingBenchmark.DEPARTMENTS);
        String someDepartment = all.get(all.size() / 2).departmentId();
        report.line("trainer/DPSA dashboard (TrainingDashboard.rows, as TrainingDashboardView on opening and on "
                + "each filter change): %,d rows over %d departments", all.size(), departmentsShown);
        report.verdict("all departments, all courses", BenchData.time(TRAINER, WARM_UP, TIMED,
                () -> dashboard.rows(null, null)), DASHBOARD_GOAL_MS);
        report.verdict("one course, all departments", BenchData.time(TRAINER, WARM_UP, TIMED,
                () -> dashboard.rows(longCourse.id(), null)), DASHBOARD_GOAL_MS);
        report.verdict("one department, all courses", BenchData.time(DPSA, WARM_UP, TIMED,
                () -> dashboard.rows(null, someDepartment)), DASHBOARD_GOAL_MS);
        report.verdict("course list (filter choices)", BenchData.time(TRAINER, WARM_UP, TIMED, courses::list),
                DASHBOARD_GOAL_MS);
        report.line("    heap allocated per rows(null, null): %,d bytes",
                BenchData.allocatedPerCall(TRAINER, 10, () -> dashboard.rows(null, null)));
        report.line("");

        LearnerCourse page = TestUsers.callAs(LEARNER, () -> learning.open(enrolmentId));
        report.line("learner's course page (Learning.open, as CoursePlayerView opens): %d modules, %d lessons, %d "
                        + "done; held to %.0f ms, as the alignment and library pages", page.content().modules().size(),
                page.content().lessons().size(), page.doneLessonKeys().size(), LEARNER_GOAL_MS);
        report.verdict("open(enrolment)", BenchData.time(LEARNER, WARM_UP, TIMED,
                () -> learning.open(enrolmentId)), LEARNER_GOAL_MS);
        report.verdict("myLearning()", BenchData.time(LEARNER, WARM_UP, TIMED, learning::myLearning),
                LEARNER_GOAL_MS);
        report.verdict("catalogue() (%d courses published)".formatted(benchCourses.size()),
                BenchData.time(LEARNER, WARM_UP, TIMED, learning::catalogue), LEARNER_GOAL_MS);
        report.finish();
    }

    /** The 30 bench courses, created and published to every department when missing. */
    private List<CourseSummary> prepareCourses() {
        return TestUsers.callAs(TRAINER, () -> {
            List<CourseSummary> existing = courses.list().stream().filter(c -> c.title().startsWith(COURSE_PREFIX))
                    .filter(c -> c.publishedVersion() != null).toList();
            Set<String> titles = new java.util.HashSet<>(existing.stream().map(CourseSummary::title).toList());
            for (int n = 1; n <= COURSES; n++) {
                String title = n == 1 ? LONG_COURSE : String.format(Locale.ROOT, "%s%02d: %s", COURSE_PREFIX, n,
                        SUBJECTS[n % SUBJECTS.length]);
                if (!titles.contains(title)) {
                    createCourse(title, n == 1 ? MODULES : 1, n == 1 ? LESSONS_PER_MODULE : 3);
                }
            }
            return courses.list().stream().filter(c -> c.title().startsWith(COURSE_PREFIX))
                    .filter(c -> c.publishedVersion() != null).toList();
        });
    }

    private void createCourse(String title, int modules, int lessonsPerModule) {
        long id = courses.create(new CourseInput(title, "What officials need to know about " + title.substring(COURSE_PREFIX.length() + 4)
                + ", with examples from departments and provinces.", "Frontline officials and managers",
                IsdipDomain.TECHNICAL_SUPPORT, Set.of(Mechanism.BATHO_PELE, Mechanism.SDIP), 90, 70, 3));
        String body = ("Read the section and discuss it with your supervisor. The standard applies at every service "
                + "point; record what you see and what the citizen was told. ").repeat(20);
        for (int m = 1; m <= modules; m++) {
            long module = courses.addModule(id, "Module " + m);
            for (int l = 1; l <= lessonsPerModule; l++) {
                courses.addLesson(id, module, new LessonInput("Lesson " + m + "." + l, body,
                        "https://www.dpsa.gov.za/learning/" + m + "/" + l, "Reading"));
            }
        }
        courses.publish(id, true, Set.of());
    }

    /** What each department publishes per course: four departments in five took a given course. */
    private String fillSummaries(List<CourseSummary> benchCourses) throws SQLException {
        List<Department> active = directory.all().stream().filter(Department::active).toList();
        return BenchData.inPlatform(dataSource, connection -> {
            long before = BenchData.count(connection, "select count(*) from training_summary");
            long started = System.nanoTime();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert ignore into training_summary "
                    + "(department_id, course_id, enrolled, in_progress, completed, overdue, updated_at) "
                    + "values (?,?,?,?,?,?,?)")) {
                for (Department department : active) {
                    for (CourseSummary course : benchCourses) {
                        SplittableRandom random = new SplittableRandom(department.id().hashCode() * 31L + course.id());
                        if (random.nextInt(5) == 0) {
                            continue;
                        }
                        int enrolled = 1 + random.nextInt(400);
                        int completed = random.nextInt(enrolled + 1);
                        int inProgress = random.nextInt(enrolled - completed + 1);
                        insert.setString(1, department.id());
                        insert.setLong(2, course.id());
                        insert.setInt(3, enrolled);
                        insert.setInt(4, inProgress);
                        insert.setInt(5, completed);
                        insert.setInt(6, random.nextInt(inProgress + 1));
                        insert.setTimestamp(7, Timestamp.from(now.minus(random.nextInt(60 * 24 * 30), ChronoUnit.MINUTES)));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            long after = BenchData.count(connection, "select count(*) from training_summary");
            return after == before ? String.format(Locale.ROOT, "%,d rows already there", after)
                    : String.format(Locale.ROOT, "added %,d rows (now %,d) in %,d ms", after - before, after,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** The learner's enrolment in the long course, with the first 20 lessons done. */
    private long prepareLearner(long courseId) {
        return TestUsers.callAs(LEARNER, () -> {
            long enrolmentId = learning.enrol(courseId);
            LearnerCourse course = learning.open(enrolmentId);
            List<String> keys = new ArrayList<>(course.content().lessons().stream().map(l -> l.key()).toList());
            for (String key : keys.subList(0, LESSONS_DONE)) {
                if (!course.doneLessonKeys().contains(key)) {
                    learning.completeLesson(enrolmentId, key);
                }
            }
            return enrolmentId;
        });
    }
}
