package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.SubjectQuery;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests.Kind;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests.NewRequest;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentOnboarding;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * A POPIA data-subject search in the department holding 100,000 cases (about 40,000 of them with a citizen, and
 * 2,000 case files): the time from the administrator's "search" on a request to the list of every record about
 * the person, for a request that gives an identity number, one that gives an email address, and one that gives
 * only a name (about eight people share each name). Goal: under 2 s; a missed goal fails the run once every
 * figure is printed.
 * <p>
 * Not part of the normal suite (tag {@code bench}); shares {@code bench-100k} with {@link CaseListBenchmark} and
 * adds its citizens and files once ({@link BenchData#prepareCitizens}). The three requests are opened on the
 * first run and reused; each timed search adds a step to its request and an entry to the audit trail, as a real
 * search does (about 360 of each per run).
 * <p>
 * Run it with {@code ./mvnw test -Pbench -Dtest=PrivacySearchBenchmark}. Results go to stdout and to
 * {@code target/bench/PrivacySearchBenchmark.txt}.
 */
@BenchmarkContext
class PrivacySearchBenchmark {

    static final String DEPARTMENT = CaseListBenchmark.DEPARTMENT;
    static final int WARM_UP = 10;
    static final int TIMED = 100;
    static final double GOAL_MS = 2000.0;
    static final PortalUser ADMIN = TestUsers.user("bench.privacy", DEPARTMENT, "dept-user", "dept-admin");

    @Autowired
    DataSubjectRequests requests;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentOnboarding onboarding;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    DataSource dataSource;

    record Subject(String name, String idNumber, String email, long cases) {
    }

    record Scenario(String key, String label, NewRequest request) {
    }

    @Test
    void dataSubjectSearchInTheDepartmentWith100000Cases() throws Exception {
        String caseSetup = BenchData.prepareCaseDepartment(directory, onboarding, databases);
        String citizenSetup = BenchData.prepareCitizens(databases);
        Subject subject = subjectWithSeveralCases();

        BenchData.Report report = new BenchData.Report("PrivacySearchBenchmark", dataSource);
        BenchData.inDepartment(databases, DEPARTMENT, connection -> {
            report.line("department %s, database %s: %,d cases, %,d with a citizen, %,d case files; %s; %s",
                    DEPARTMENT, databases.databaseOf(DEPARTMENT),
                    BenchData.count(connection, "select count(*) from support_case"),
                    BenchData.count(connection, "select count(*) from case_citizen"),
                    BenchData.count(connection, "select count(*) from case_attachment"), caseSetup, citizenSetup);
            return null;
        });
        report.line("a search = DataSubjectRequests.records(reference), as the request page's search button: every "
                + "PersonalDataSource (case files, case citizens, learner records, directory, requests) in one "
                + "transaction, plus the SEARCHED step and audit entry; signed in as a dept-admin; %d warm-up, then "
                + "%d timed per request", WARM_UP, TIMED);
        report.line("the person: %s, %d cases under their identity number", subject.name(), subject.cases());
        report.line("");

        List<Scenario> scenarios = List.of(
                new Scenario("(a)", "name + identity number", new NewRequest(Kind.ACCESS, subject.name(),
                        subject.idNumber(), null, null, LocalDate.now())),
                new Scenario("(b)", "name + email address", new NewRequest(Kind.ACCESS, subject.name(), null,
                        subject.email(), null, LocalDate.now())),
                new Scenario("(c)", "name only", new NewRequest(Kind.ACCESS, subject.name(), null, null, null,
                        LocalDate.now())));
        for (Scenario scenario : scenarios) {
            String reference = openOnce(scenario.request());
            Supplier<List<PersonalRecord>> search = () -> requests.records(reference);
            List<PersonalRecord> found = TestUsers.callAs(ADMIN, search);
            assertThat(found).as("records found for %s", scenario.label()).isNotEmpty();
            BenchData.Timing searches = BenchData.time(ADMIN, WARM_UP, TIMED, search);
            long allocated = BenchData.allocatedPerCall(ADMIN, 10, search);
            report.line("%s %s (request %s)", scenario.key(), scenario.label(), reference);
            report.line("    found %d records: %s", found.size(), found.stream()
                    .collect(Collectors.groupingBy(PersonalRecord::recordType, Collectors.counting())));
            report.verdict(scenario.key() + " search", searches, GOAL_MS);
            report.line("    heap allocated per search (this thread, all of it garbage once the page has the list): "
                    + "%,d bytes", allocated);
            SubjectQuery query = new SubjectQuery(scenario.request().subjectName(), scenario.request().idNumber(),
                    scenario.request().email(), scenario.request().phone());
            for (PersonalDataSource source : requests.sources()) {
                report.times("  of it: " + source.recordType() + ".find",
                        BenchData.time(ADMIN, WARM_UP, TIMED, () -> source.find(query)));
            }
        }
        report.line("");
        explainCitizenQuery(report, subject);
        report.finish();
    }

    /** A person whose identity number and email address are on several of the department's cases. */
    private Subject subjectWithSeveralCases() throws SQLException {
        return BenchData.inDepartment(databases, DEPARTMENT, connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select full_name, id_number, email, count(*) from "
                         + "case_citizen where id_number is not null and email is not null and anonymised_at is null "
                         + "group by full_name, id_number, email order by count(*) desc, id_number limit 1")) {
                rows.next();
                return new Subject(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4));
            }
        });
    }

    /** The open request for exactly this subject, opened on the first run. */
    private String openOnce(NewRequest input) {
        return TestUsers.callAs(ADMIN, () -> requests.list().stream()
                .filter(r -> r.open() && r.subjectName().equals(input.subjectName())
                        && java.util.Objects.equals(r.idNumber(), input.idNumber())
                        && java.util.Objects.equals(r.email(), input.email()))
                .map(DataSubjectRequests.Request::reference).findFirst()
                .orElseGet(() -> requests.open(input).reference()));
    }

    /** The plan of the citizen look-up each source runs, with the subject's values written in. */
    private void explainCitizenQuery(BenchData.Report report, Subject subject) throws SQLException {
        Map<String, String[]> shapes = new java.util.LinkedHashMap<>();
        shapes.put("(a)", new String[] {subject.idNumber(), ""});
        shapes.put("(b)", new String[] {"", subject.email()});
        shapes.put("(c)", new String[] {"", ""});
        report.line("the citizen look-up (CaseCitizenRepository.findCaseIdsAboutSubject) in plain JDBC: plan, and "
                + "time over %d runs after %d", TIMED, WARM_UP);
        BenchData.inDepartment(databases, DEPARTMENT, connection -> {
            for (Map.Entry<String, String[]> shape : shapes.entrySet()) {
                String sql = citizenQuery(subject.name(), shape.getValue()[0], shape.getValue()[1]);
                for (String step : BenchData.plan(connection, sql)) {
                    report.line("    %s %s", shape.getKey(), step);
                }
                report.times(shape.getKey() + " query", timeQuery(connection, sql));
            }
            return null;
        });
    }

    /** The repository's query as MariaDB Connector/J sends it (client-side prepared: values written in). */
    static String citizenQuery(String name, String idNumber, String email) {
        String sql;
        try {
            var method = za.gov.dpsa.isdip.cases.data.department.CaseCitizenRepository.class.getMethod("findCaseIdsAboutSubject",
                    String.class, String.class, String.class, String.class);
            sql = method.getAnnotation(org.springframework.data.jpa.repository.Query.class).value();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return sql.replace(":name", quote(name)).replace(":idNumber", quote(idNumber))
                .replace(":email", quote(email.toLowerCase(java.util.Locale.ROOT)))
                .replace(":phoneDigits", quote(""));
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static BenchData.Timing timeQuery(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return BenchData.timeJdbc(WARM_UP, TIMED, () -> {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        rows.getLong(1);
                    }
                }
            });
        }
    }
}
