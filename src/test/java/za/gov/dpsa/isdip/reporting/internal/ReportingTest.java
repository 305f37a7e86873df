package za.gov.dpsa.isdip.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/** One-click reporting on a real database: reconciliation, idempotence, review, isolation and failure. */
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestFigures.class)
class ReportingTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser EC_REPORTER = TestUsers.user("ec.reporter", "ec-social-development", "dept-user",
            "dept-reporter");
    static final PortalUser EC_OFFICIAL = TestUsers.user("ec.official", "ec-social-development", "dept-user");
    static final PortalUser DHA_REPORTER = TestUsers.user("dha.reporter", "dha", "dept-user", "dept-reporter");
    static final PortalUser DPSA_REPORTER = TestUsers.user("dpsa.reporter", "dpsa", "dept-user", "dept-reporter");
    static final PortalUser KZN_REPORTER = TestUsers.user("kzn.reporter", "kzn-transport", "dept-user",
            "dept-reporter");

    @Autowired
    DepartmentReports reports;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    ReportingConsole console;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    DepartmentAdministration administration;

    ReportingPeriod period;

    @BeforeEach
    void currentQuarterIsOpen() {
        period = currentQuarter(periods);
    }

    static ReportingPeriod currentQuarter(ReportingPeriods periods) {
        return quarterOf(periods, LocalDate.now(PortalTime.ZONE));
    }

    /** The quarter before the current one, opened if it is not: no test but the keyboard journey submits in it. */
    static ReportingPeriod previousQuarter(ReportingPeriods periods) {
        return quarterOf(periods, LocalDate.now(PortalTime.ZONE).minusMonths(3));
    }

    private static ReportingPeriod quarterOf(ReportingPeriods periods, LocalDate day) {
        int[] quarter = ReportingPeriod.quarterOf(day);
        return as(DPSA, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == quarter[0] && p.quarter() == quarter[1]).findFirst()
                .orElseGet(() -> periods.open(quarter[0], quarter[1],
                        ReportingPeriod.end(quarter[0], quarter[1]).plusDays(30))));
    }

    @Test
    void aSubmissionDatedForTheDemoKeepsItsDateAndTheConsoleCountsItLate() {
        // A department of its own, in a province no other reporting test uses, so the rates move by it alone.
        String id = "late-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        as(DPSA, () -> administration.onboard(new DepartmentDefinition(id, "Mpumalanga Department of Late Reports",
                "MP" + id.substring(5, 9).toUpperCase(), Sphere.PROVINCIAL, Province.MPUMALANGA,
                List.of(new DepartmentDefinition.CoreServiceDefinition("Test permits", "Residents")))));
        ReportingConsole.Scope mpumalanga = new ReportingConsole.Scope(Sphere.PROVINCIAL, Province.MPUMALANGA);
        ReportingConsole.Rates before = as(DPSA, () -> console.matrix(mpumalanga, 8).rates().get(period.id()));

        Instant afterTheDueDate = period.dueOn().plusDays(2).atTime(10, 0).atZone(PortalTime.ZONE).toInstant();
        SubmissionSummary sent = as(TestUsers.user(id + ".reporter", id, "dept-user", "dept-reporter"),
                () -> reports.submitAsOf(period.id(), afterTheDueDate));

        assertThat(sent.submittedAt()).isEqualTo(afterTheDueDate);
        ReportingConsole.Rates after = as(DPSA, () -> console.matrix(mpumalanga, 8).rates().get(period.id()));
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.onTime()).isEqualTo(before.onTime());
    }

    @Test
    void everyComputedFigureEqualsADirectCountOverTheSourceRowsAndTheSnapshotKeepsIt() {
        as(EC_OFFICIAL, () -> {
            cases.create(new NewCase("Foster care grant delays in Mthatha", "Applicants wait beyond the standard.",
                    Mechanism.SERVICE_STANDARDS, null, null, CasePriority.HIGH, null));
            return cases.create(new NewCase("Older persons centre signage", "No signage in isiXhosa at the centre.",
                    Mechanism.BATHO_PELE, null, null, CasePriority.LOW, null));
        });

        DepartmentReport report = as(EC_REPORTER, () -> reports.prepare(period.id()));
        String db = databases.databaseOf("ec-social-development");
        String from = period.startInstant(PortalTime.ZONE).toString().replace("T", " ").replace("Z", "");
        String to = period.endInstant(PortalTime.ZONE).toString().replace("T", " ").replace("Z", "");
        long opened = jdbc.queryForObject("select count(*) from `" + db + "`.support_case where created_at >= ? "
                + "and created_at < ?", Long.class, from, to);
        long resolved = jdbc.queryForObject("select count(*) from `" + db + "`.support_case where resolved_at >= ? "
                + "and resolved_at < ?", Long.class, from, to);
        long escalated = jdbc.queryForObject("select count(*) from `" + db + "`.support_case where created_at >= ? "
                + "and created_at < ? and escalated = true", Long.class, from, to);

        assertThat(opened).isGreaterThanOrEqualTo(2);
        assertThat(figure(report, "cases.opened")).isEqualByComparingTo(BigDecimal.valueOf(opened));
        assertThat(figure(report, "cases.resolved")).isEqualByComparingTo(BigDecimal.valueOf(resolved));
        assertThat(figure(report, "cases.escalated")).isEqualByComparingTo(BigDecimal.valueOf(escalated));
        assertThat(as(EC_REPORTER, () -> reports.sources(period.id(), "cases.opened"))).hasSize((int) opened)
                .allSatisfy(s -> assertThat(s.reference()).startsWith("ECDSD-"));

        SubmissionSummary submitted = as(EC_REPORTER, () -> reports.submit(period.id()));
        ReportSnapshot snapshot = as(EC_REPORTER, () -> reports.snapshot(submitted.id()));
        assertThat(snapshot.value("cases.opened")).isEqualByComparingTo(BigDecimal.valueOf(opened));
        assertThat(ReportSnapshot.checksum(as(DPSA, () -> console.review(submitted.id())).snapshot().toJson()))
                .isEqualTo(submitted.checksum());

        // A new case after submission: the department sees that the source changed.
        as(EC_OFFICIAL, () -> cases.create(new NewCase("Late change after submission", "Logged after the report.",
                Mechanism.OTHER, null, null, CasePriority.LOW, null)));
        DepartmentReport after = as(EC_REPORTER, () -> reports.prepare(period.id()));
        assertThat(after.lines()).filteredOn(l -> l.indicator().code().equals("cases.opened"))
                .singleElement().satisfies(l -> assertThat(l.changedSinceSubmission()).isTrue());
        assertThat(after.editable()).isFalse();
    }

    @Test
    void returnedReportsAreCorrectedAndResubmittedAsTheNextVersionAndAcceptedOnesAreLocked() {
        SubmissionSummary first = as(DHA_REPORTER, () -> {
            long draft = reports.prepare(period.id()).draftVersion();
            reports.saveDraft(period.id(), draft, Map.of("cases.opened", "Mostly smart ID collection queues"),
                    Map.of("sdip.approved", "1", "advocacy.activities", "4"));
            return reports.submit(period.id());
        });
        assertThat(first.version()).isEqualTo(1);
        assertThatThrownBy(() -> as(DHA_REPORTER, () -> reports.saveDraft(period.id(), 0, Map.of(), Map.of())))
                .isInstanceOf(ReportExceptions.Locked.class);

        assertThatThrownBy(() -> as(DPSA, () -> {
            console.returnToDepartment(first.id(), first.rowVersion(), "short");
            return null;
        })).isInstanceOf(InvalidInput.class);
        as(DPSA, () -> {
            console.returnToDepartment(first.id(), first.rowVersion(), "Explain the advocacy activities figure");
            return null;
        });

        DepartmentReport returned = as(DHA_REPORTER, () -> reports.prepare(period.id()));
        assertThat(returned.latest().status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.latest().reviewReason()).isEqualTo("Explain the advocacy activities figure");
        assertThat(returned.editable()).isTrue();
        assertThat(returned.lines()).filteredOn(l -> l.indicator().code().equals("cases.opened")).singleElement()
                .satisfies(l -> assertThat(l.narrative()).isEqualTo("Mostly smart ID collection queues"));

        SubmissionSummary second = as(DHA_REPORTER, () -> {
            reports.saveDraft(period.id(), returned.draftVersion(),
                    Map.of("advocacy.activities", "Four Batho Pele roadshows"), Map.of("sdip.approved", "1",
                            "advocacy.activities", "4"));
            return reports.submit(period.id());
        });
        assertThat(second.version()).isEqualTo(2);
        as(DPSA, () -> {
            console.accept(second.id(), second.rowVersion());
            return null;
        });

        assertThat(as(DHA_REPORTER, () -> reports.submit(period.id())).id()).isEqualTo(second.id());
        assertThat(as(DHA_REPORTER, () -> reports.history(period.id()))).extracting(SubmissionSummary::status)
                .containsExactly(SubmissionStatus.ACCEPTED, SubmissionStatus.RETURNED);
        assertThatThrownBy(() -> as(DPSA, () -> {
            console.returnToDepartment(second.id(), console.review(second.id()).summary().rowVersion(),
                    "Too late to return an accepted report");
            return null;
        })).isInstanceOf(ReportExceptions.Locked.class);
    }

    @Test
    void repeatedAndConcurrentSubmissionsGiveOneVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SubmissionSummary>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<SubmissionSummary> submit = () -> as(DPSA_REPORTER, () -> reports.submit(period.id()));
                results.add(pool.submit(submit));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<SubmissionSummary> result : results) {
                ids.add(result.get().id());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        } finally {
            pool.shutdown();
        }
        assertThat(as(DPSA_REPORTER, () -> reports.submit(period.id())).version()).isEqualTo(1);
        assertThat(as(DPSA_REPORTER, () -> reports.history(period.id()))).hasSize(1);
    }

    @Test
    void aDatabaseFailureDuringSubmissionLeavesNoSnapshotAndARetrySucceeds() {
        jdbc.execute("CREATE TRIGGER isdiptest_fail_kzn BEFORE INSERT ON report_submission FOR EACH ROW "
                + "BEGIN IF NEW.department_id = 'kzn-transport' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Disk full'; END IF; END");
        try {
            assertThatThrownBy(() -> as(KZN_REPORTER, () -> reports.submit(period.id())))
                    .hasStackTraceContaining("Disk full");
            assertThat(as(KZN_REPORTER, () -> reports.history(period.id()))).isEmpty();
        } finally {
            jdbc.execute("DROP TRIGGER isdiptest_fail_kzn");
        }
        SubmissionSummary retried = as(KZN_REPORTER, () -> reports.submit(period.id()));
        assertThat(retried.version()).isEqualTo(1);
        assertThat(as(KZN_REPORTER, () -> reports.history(period.id()))).hasSize(1);
    }

    @Test
    void rulesOfHighImportanceBlockSubmissionAndBadNumbersAreRefused() {
        // A figure typed by hand that is not a number is refused on its field.
        PortalUser gpReporter = TestUsers.user("gp.reporter", "gp-health", "dept-user", "dept-reporter");
        assertThatThrownBy(() -> as(gpReporter, () -> reports.saveDraft(period.id(),
                reports.prepare(period.id()).draftVersion(), Map.of(), Map.of(TestFigures.MANUAL, "four"))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo(TestFigures.MANUAL));

        // A share above 100% (here from a faulty contribution) breaks R4, which blocks submission.
        PortalUser reporter = TestUsers.user("wc.reporter", TestFigures.FAULTY_DEPARTMENT, "dept-user",
                "dept-reporter");
        DepartmentReport report = as(reporter, () -> reports.prepare(period.id()));
        assertThat(figure(report, "omf.servicesWithSops")).isEqualByComparingTo("150");
        assertThat(report.blocked()).isTrue();
        assertThat(report.broken()).extracting(ValidationRule::code).contains("R4");
        assertThatThrownBy(() -> as(reporter, () -> reports.submit(period.id())))
                .isInstanceOf(ReportExceptions.RulesBroken.class);
        assertThat(as(reporter, () -> reports.history(period.id()))).isEmpty();
    }

    @Test
    void aDepartmentCannotReadAnotherDepartmentsSnapshotOrDraftAndOnlyReportersSubmit() {
        PortalUser delReporter = TestUsers.user("del.reporter", "del", "dept-user", "dept-reporter");
        as(delReporter, () -> reports.saveDraft(period.id(), reports.prepare(period.id()).draftVersion(),
                Map.of("cases.resolved", "Labour only: the backlog of UIF claims"), Map.of()));
        assertThat(as(DPSA_REPORTER, () -> reports.prepare(period.id())).lines()).extracting(FigureLine::narrative)
                .doesNotContain("Labour only: the backlog of UIF claims");
        SubmissionSummary ec = as(EC_REPORTER, () -> reports.submit(period.id()));

        assertThatThrownBy(() -> as(DHA_REPORTER, () -> reports.snapshot(ec.id())))
                .isInstanceOf(NotFound.class);
        assertThat(as(DHA_REPORTER, () -> reports.history(period.id()))).extracting(SubmissionSummary::departmentId)
                .doesNotContain("ec-social-development");
        assertThatThrownBy(() -> as(EC_OFFICIAL, () -> reports.submit(period.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(EC_REPORTER, () -> console.matrix(ReportingConsole.Scope.ALL, 8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theConsoleShowsEachDepartmentsStandingRatesAndNationalTotalsFromSnapshots() {
        SubmissionSummary ec = as(EC_REPORTER, () -> reports.submit(period.id()));

        ReportingConsole.Matrix matrix = as(DPSA, () -> console.matrix(ReportingConsole.Scope.ALL, 8));
        ReportingConsole.Matrix.Row row = matrix.rows().stream()
                .filter(r -> r.department().id().equals("ec-social-development")).findFirst().orElseThrow();
        assertThat(row.cells().get(period.id())).isIn(ConsoleCell.SUBMITTED, ConsoleCell.ACCEPTED);
        ReportingConsole.Rates rates = matrix.rates().get(period.id());
        assertThat(rates.received()).isPositive().isLessThanOrEqualTo(rates.expected());
        assertThat(rates.onTime()).isEqualTo(rates.received());

        List<ReportingConsole.Consolidated> national = as(DPSA, () -> console.consolidate(period.id(),
                ReportingConsole.Scope.ALL));
        ReportingConsole.Consolidated opened = national.stream()
                .filter(c -> c.indicator().code().equals("cases.opened")).findFirst().orElseThrow();
        BigDecimal sum = BigDecimal.ZERO;
        for (ReportingConsole.Matrix.Row r : matrix.rows()) {
            Long id = r.submissionIds().get(period.id());
            if (id != null) {
                ReportingConsole.Review review = as(DPSA, () -> console.review(id));
                if (review.summary().status() != SubmissionStatus.RETURNED) {
                    sum = sum.add(review.snapshot().value("cases.opened"));
                }
            }
        }
        assertThat(opened.national()).isEqualByComparingTo(sum);
        assertThat(opened.bySphere().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sum);
        assertThat(as(DPSA, () -> console.trend("cases.opened", ReportingConsole.Scope.ALL, 8)))
                .containsKey(period.label());
        assertThat(ec.checksum()).hasSize(64);
    }

    @Test
    void remindersGoOutAWeekBeforeAndTheDayBeforeTheDueDate() {
        ReportingPeriod p = new ReportingPeriod(1, 2026, 3, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 31));
        assertThat(ReportingJobs.remindersDue(p, LocalDate.of(2027, 1, 23))).isZero();
        assertThat(ReportingJobs.remindersDue(p, LocalDate.of(2027, 1, 24))).isEqualTo(1);
        assertThat(ReportingJobs.remindersDue(p, LocalDate.of(2027, 1, 30))).isEqualTo(2);
        assertThat(ReportingJobs.remindersDue(p, LocalDate.of(2027, 1, 31))).isEqualTo(2);
        assertThat(ReportingJobs.remindersDue(p, LocalDate.of(2027, 2, 1))).isZero();
    }

    private static BigDecimal figure(DepartmentReport report, String code) {
        return report.lines().stream().filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow().value();
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
