package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.standards.internal.ActionStatus;
import za.gov.dpsa.isdip.standards.internal.AlignmentDashboard;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.HarmonisedStandard;
import za.gov.dpsa.isdip.standards.internal.Rating;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentOnboarding;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * A department's alignment with the harmonised standards: the dashboard (overall, by mechanism and by Batho Pele
 * principle, open and overdue actions), the assessment list, the action list and one standard's history, for a
 * department that answered every published standard 21 times (20 earlier answers kept in the history) and holds
 * 500 action items. Goal: the dashboard under 300 ms; the lists and the history are held to the same. A missed
 * goal fails the run once every figure is printed.
 * <p>
 * Not part of the normal suite (tag {@code bench}). Works in {@code bench-d001} (one of ReportingBenchmark's 150
 * departments, onboarded when missing) and fills its assessments and actions once by JDBC batches.
 * <p>
 * Run it with {@code ./mvnw test -Pbench -Dtest=AlignmentBenchmark}; figures also go to
 * {@code target/bench/AlignmentBenchmark.txt}.
 */
@BenchmarkContext
class AlignmentBenchmark {

    static final String DEPARTMENT = BenchData.SMALL_DEPARTMENT;
    static final int ANSWERS_PER_STANDARD = 21;
    static final int ACTIONS = 500;
    static final int WARM_UP = 20;
    static final int TIMED = 100;
    static final double GOAL_MS = 300.0;
    static final PortalUser OFFICIAL = TestUsers.user("bench.aligner", DEPARTMENT, "dept-user");
    static final String[] OWNERS = {"Director: Service Delivery", "Chief Director: Operations",
            "Regional Manager: North", "Regional Manager: South", "Complaints Manager", "SDIP Coordinator",
            "Head: Front Office", "Batho Pele Champion"};
    static final String[] ACTION_TITLES = {"Publish the service standard at every service point",
            "Train front-office staff on the complaints procedure", "Translate the service charter",
            "Map the business process and sign off the SOP", "Install queue management at the main office",
            "Report monthly on turnaround times", "Consult service users on the new standards",
            "Put up signage for people with disabilities", "Set up a redress register", "Review opening hours"};

    @Autowired
    DepartmentAlignment alignment;
    @Autowired
    Catalogue catalogue;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentOnboarding onboarding;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    DataSource dataSource;

    @Test
    void alignmentDashboardWithHistoryAnd500Actions() throws Exception {
        String departments = BenchData.prepareDepartments(directory, onboarding, ReportingBenchmark.DEPARTMENTS);
        List<HarmonisedStandard> published = catalogue.published();
        assertThat(published).isNotEmpty();
        String fill = fill(published);

        BenchData.Report report = new BenchData.Report("AlignmentBenchmark", dataSource);
        BenchData.inDepartment(databases, DEPARTMENT, connection -> {
            report.line("department %s: %d published standards, %,d assessments (%,d current), %,d action items "
                            + "(%,d not done); departments: %s; fill: %s", DEPARTMENT, published.size(),
                    BenchData.count(connection, "select count(*) from standard_assessment"),
                    BenchData.count(connection, "select count(*) from standard_assessment where current_code is not null"),
                    BenchData.count(connection, "select count(*) from alignment_action"),
                    BenchData.count(connection, "select count(*) from alignment_action where status <> 'DONE'"),
                    departments, fill);
            return null;
        });
        report.line("signed in as a dept-user of %s; %d warm-up calls, then %d timed, per call", DEPARTMENT, WARM_UP,
                TIMED);
        report.line("");

        AlignmentDashboard dashboard = TestUsers.callAs(OFFICIAL, alignment::dashboard);
        assertThat(dashboard.assessed()).isEqualTo(published.size());
        report.line("dashboard: %d of %d assessed, %d open actions, %d overdue", dashboard.assessed(),
                dashboard.published(), dashboard.openActions().size(), dashboard.overdueActions().size());
        report.verdict("dashboard() (StandardsView, widget)", BenchData.time(OFFICIAL, WARM_UP, TIMED,
                alignment::dashboard), GOAL_MS);
        report.verdict("standards() (assessment list)", BenchData.time(OFFICIAL, WARM_UP, TIMED,
                alignment::standards), GOAL_MS);
        report.verdict("actions() (all 500 actions)", BenchData.time(OFFICIAL, WARM_UP, TIMED,
                alignment::actions), GOAL_MS);
        String code = published.getFirst().code();
        report.verdict("history(" + code + ") (21 answers)", BenchData.time(OFFICIAL, WARM_UP, TIMED,
                () -> alignment.history(code)), GOAL_MS);
        report.line("    heap allocated per dashboard() call: %,d bytes",
                BenchData.allocatedPerCall(OFFICIAL, 20, alignment::dashboard));
        report.finish();
    }

    /** Every published standard answered 21 times (the last one current) and 500 actions, when none are there. */
    private String fill(List<HarmonisedStandard> published) throws SQLException {
        return BenchData.inDepartment(databases, DEPARTMENT, connection -> {
            if (BenchData.count(connection, "select count(*) from standard_assessment") > 0) {
                return "already filled";
            }
            long started = System.nanoTime();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement answer = connection.prepareStatement("insert into standard_assessment "
                    + "(standard_code, standard_version, standard_title, rating, evidence_text, evidence_link, "
                    + "assessor, assessor_name, assessed_on, assessed_at, current_code, row_version) "
                    + "values (?,?,?,?,?,?,?,?,?,?,?,0)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement action = connection.prepareStatement("insert into alignment_action "
                         + "(standard_code, title, owner, due_date, status, created_by, created_at, completed_on, "
                         + "row_version) values (?,?,?,?,?,?,?,?,0)")) {
                SplittableRandom random = new SplittableRandom(42);
                Rating[] ratings = Rating.values();
                for (HarmonisedStandard standard : published) {
                    for (int n = 0; n < ANSWERS_PER_STANDARD; n++) {
                        boolean current = n == ANSWERS_PER_STANDARD - 1;
                        Instant at = now.minus((long) (ANSWERS_PER_STANDARD - n) * 30, ChronoUnit.DAYS);
                        answer.setString(1, standard.code());
                        answer.setInt(2, standard.version());
                        answer.setString(3, standard.title());
                        answer.setString(4, ratings[random.nextInt(ratings.length)].name());
                        answer.setString(5, "Checked at the head office and two service points; the register "
                                + "and the displayed charter were seen by the assessor.");
                        answer.setString(6, random.nextInt(4) == 0 ? "https://intranet.example.gov.za/evidence/"
                                + standard.code() + "/" + n : null);
                        String assessor = String.format(Locale.ROOT, "bench.official%02d", 1 + random.nextInt(20));
                        answer.setString(7, assessor);
                        answer.setString(8, "Official " + assessor.substring(14));
                        answer.setDate(9, Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC)));
                        answer.setTimestamp(10, Timestamp.from(at));
                        answer.setString(11, current ? standard.code() : null);
                        answer.addBatch();
                    }
                }
                answer.executeBatch();
                for (int i = 0; i < ACTIONS; i++) {
                    HarmonisedStandard standard = published.get(random.nextInt(published.size()));
                    int roll = random.nextInt(100);
                    ActionStatus status = roll < 45 ? ActionStatus.DONE : roll < 75 ? ActionStatus.OPEN
                            : ActionStatus.IN_PROGRESS;
                    LocalDate due = LocalDate.now().plusDays(random.nextInt(360) - 240);
                    action.setString(1, standard.code());
                    action.setString(2, ACTION_TITLES[random.nextInt(ACTION_TITLES.length)] + " (" + standard.code()
                            + ")");
                    action.setString(3, OWNERS[random.nextInt(OWNERS.length)]);
                    action.setDate(4, Date.valueOf(due));
                    action.setString(5, status.name());
                    action.setString(6, "bench.aligner");
                    action.setTimestamp(7, Timestamp.from(now.minus(300 - random.nextInt(200), ChronoUnit.DAYS)));
                    action.setDate(8, status == ActionStatus.DONE ? Date.valueOf(due.minusDays(random.nextInt(20)))
                            : null);
                    action.addBatch();
                }
                action.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return String.format(Locale.ROOT, "inserted %,d assessments and %d actions in %,d ms",
                    published.size() * ANSWERS_PER_STANDARD, ACTIONS, (System.nanoTime() - started) / 1_000_000);
        });
    }
}
