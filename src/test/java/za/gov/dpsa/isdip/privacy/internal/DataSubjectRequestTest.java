package za.gov.dpsa.isdip.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Data-subject requests and retention on the real department databases: what is found, exported, corrected
 * and anonymised, that nothing personal survives anonymisation, and that no one outside the department's
 * administrator can do any of it.
 */
@SpringBootTest
@ActiveProfiles("test")
class DataSubjectRequestTest {

    static final PortalUser OFFICIAL = TestUsers.user("dha.official", "dha", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin");
    static final PortalUser OTHER_OFFICIAL = TestUsers.user("del.official", "del", "dept-user");
    static final PortalUser OTHER_ADMIN = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    DataSubjectRequests requests;
    @Autowired
    RetentionJob retention;
    @Autowired
    CaseService cases;
    @Autowired
    DepartmentMembers members;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DepartmentDatabases databases;

    /** A citizen no other test uses, so searches find only this test's cases. */
    record Citizen(String name, String idNumber, String phone, String email) {
        static Citizen fresh() {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            String surname = "Khumalo" + tag.replaceAll("[0-9]", "x");
            java.util.Random random = new java.util.Random();
            return new Citizen("Nomvula " + surname, idNumber(random), "082 " + (100 + random.nextInt(899)) + " "
                    + (1000 + random.nextInt(8999)), "nomvula." + tag + "@example.org");
        }

        /** A valid South African identity number: a birth date, a sequence, citizenship, 8 and a Luhn check digit. */
        static String idNumber(java.util.Random random) {
            String body = String.format("%02d%02d%02d%04d08", random.nextInt(100), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(10000));
            for (int check = 0; check < 10; check++) {
                if (luhn(body + check)) {
                    return body + check;
                }
            }
            throw new IllegalStateException();
        }

        static boolean luhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(digits.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            return sum % 10 == 0;
        }

        CitizenDetails details() {
            return new CitizenDetails(name, idNumber, phone, email);
        }

        String surname() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }

    @Test
    void findsEveryRecordAboutThePersonByNameEmailOrPhoneInAnyFormatAndNothingOfAnotherDepartment() {
        Citizen citizen = Citizen.fresh();
        long byName = as(OFFICIAL, () -> cases.create(newCase("Queue at Soweto office", citizen.details())));
        long byEmail = as(OFFICIAL, () -> cases.create(newCase("Lost documents", new CitizenDetails("N. "
                + citizen.surname(), null, null, citizen.email()))));
        long byPhone = as(OFFICIAL, () -> cases.create(newCase("Rude staff at counter", new CitizenDetails(
                "Mrs " + citizen.surname(), null, "+27" + citizen.phone().substring(1).replace(" ", ""), null))));
        as(OTHER_OFFICIAL, () -> cases.create(newCase("Same name in another department", citizen.details())));

        String reference = as(ADMIN, () -> requests.open(new DataSubjectRequests.NewRequest(
                DataSubjectRequests.Kind.ACCESS, "  nomvula   " + citizen.surname().toUpperCase() + " ", null,
                citizen.email().toUpperCase(), citizen.phone(), LocalDate.now()))).reference();
        List<PersonalRecord> found = as(ADMIN, () -> requests.records(reference));

        assertThat(found).filteredOn(r -> r.recordType().equals("case.citizen")).extracting(PersonalRecord::recordId)
                .containsExactlyInAnyOrder(referenceOf(byName), referenceOf(byEmail), referenceOf(byPhone));
        assertThat(found).allSatisfy(r -> assertThat(r.recordId()).doesNotStartWith("DEL-"));
        PersonalRecord first = found.stream().filter(r -> r.recordId().equals(referenceOf(byName))).findFirst()
                .orElseThrow();
        assertThat(first.fields()).extracting(PersonalRecord.Field::value)
                .contains(citizen.name(), citizen.idNumber(), citizen.email());
    }

    @Test
    void aNamesakeWithAnotherIdentityNumberStaysOutOfAnExportThatGivesTheNumber() {
        Citizen citizen = Citizen.fresh();
        Citizen namesake = new Citizen(citizen.name(), Citizen.idNumber(new java.util.Random()), "083 111 2222",
                "other." + citizen.email());
        long theirs = as(OFFICIAL, () -> cases.create(newCase("Their own complaint", citizen.details())));
        long namesakes = as(OFFICIAL, () -> cases.create(newCase("A namesake's complaint", namesake.details())));

        String withNumber = open(DataSubjectRequests.Kind.ACCESS, citizen);
        String json = new String(as(ADMIN, () -> requests.export(withNumber)), StandardCharsets.UTF_8);

        assertThat(json).contains(referenceOf(theirs)).doesNotContain(referenceOf(namesakes))
                .doesNotContain(namesake.idNumber()).doesNotContain(namesake.email());
        assertThatThrownBy(() -> as(ADMIN, () -> requests.anonymise(withNumber, "case.citizen", referenceOf(namesakes))))
                .isInstanceOf(InvalidInput.class);
        // A request with a name alone lists both: the page warns that namesakes may be included.
        String nameOnly = as(ADMIN, () -> requests.open(new DataSubjectRequests.NewRequest(
                DataSubjectRequests.Kind.ACCESS, citizen.name(), null, null, null, LocalDate.now()))).reference();
        assertThat(as(ADMIN, () -> requests.records(nameOnly))).extracting(PersonalRecord::recordId)
                .contains(referenceOf(theirs), referenceOf(namesakes));
    }

    @Test
    void theExportHoldsTheRecordsAndEveryStepIsKeptOnTheRequestAndInTheAuditTrail() {
        Citizen citizen = Citizen.fresh();
        long id = as(OFFICIAL, () -> cases.create(newCase("Grant application delayed", citizen.details())));
        String reference = open(DataSubjectRequests.Kind.ACCESS, citizen);

        String json = new String(as(ADMIN, () -> requests.export(reference)), StandardCharsets.UTF_8);

        assertThat(json).contains(referenceOf(id), citizen.name(), citizen.idNumber(), citizen.email(), reference);
        DataSubjectRequests.Request request = as(ADMIN, () -> requests.find(reference)).orElseThrow();
        assertThat(request.steps()).extracting(DataSubjectRequests.Step::action).containsExactly("OPENED", "EXPORTED");
        // The steps say what was done, never the values.
        assertThat(request.steps()).allSatisfy(s -> assertThat(String.valueOf(s.detail())).doesNotContain(citizen.email()));
        List<AuditTrail.Entry> audit = as(ADMIN, () -> auditTrail.search(reference,
                DataSubjectRequests.AUDIT_ACTION, null, null));
        assertThat(audit).extracting(AuditTrail.Entry::detail).anyMatch(d -> d.startsWith("EXPORTED"))
                .anyMatch(d -> d.startsWith("OPENED"));
        // The export itself: which, for which request, how many records, which personal fields (names, not values).
        String exported = request.steps().stream().filter(s -> s.action().equals("EXPORTED")).findFirst().orElseThrow()
                .detail();
        assertThat(as(ADMIN, () -> auditTrail.search(DataSubjectRequests.EXPORT, AuditTrail.EXPORT, null, null)))
                .filteredOn(e -> e.detail().contains("scope: " + reference + ";")).singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo(ADMIN.username());
                    assertThat(e.entityType()).isEqualTo(AuditTrail.EXPORT_TYPE);
                    assertThat(e.detail()).startsWith("rows: " + exported + ";")
                            .contains("personal fields: subject").contains("case.citizen.fullName")
                            .doesNotContain(citizen.email()).doesNotContain(citizen.idNumber());
                });
    }

    @Test
    void aCorrectionIsCheckedLikeTheOriginalAndABadValueChangesNothing() {
        Citizen citizen = Citizen.fresh();
        long id = as(OFFICIAL, () -> cases.create(newCase("Wrong address on file", citizen.details())));
        String reference = open(DataSubjectRequests.Kind.CORRECTION, citizen);

        assertThatThrownBy(() -> as(ADMIN, () -> requests.correct(reference, "case.citizen", referenceOf(id), "email",
                "not-an-email"))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("cases.invalid.email"));
        assertThatThrownBy(() -> as(ADMIN, () -> requests.correct(reference, "case.citizen", referenceOf(id),
                "idNumber", "8001015009088"))).isInstanceOf(InvalidInput.class);
        assertThat(citizenRow(id)).containsEntry("email", citizen.email());

        PersonalRecord corrected = as(ADMIN, () -> requests.correct(reference, "case.citizen", referenceOf(id),
                "email", "nomvula.new@example.org"));

        assertThat(corrected.fields()).anyMatch(f -> f.name().equals("email")
                && f.value().equals("nomvula.new@example.org"));
        assertThat(citizenRow(id)).containsEntry("email", "nomvula.new@example.org")
                .containsEntry("full_name", citizen.name());
    }

    @Test
    void anonymisingLeavesNoPersonalInformationInTheCaseItsTimelineOrDpsasCopy() {
        Citizen citizen = Citizen.fresh();
        long id = as(OFFICIAL, () -> cases.create(new NewCase("Complaint by " + citizen.name(),
                "Ms " + citizen.surname() + " (ID " + citizen.idNumber() + ", " + citizen.email() + ", tel "
                        + citizen.phone().replace(" ", "") + ") waited four hours.",
                Mechanism.COMPLAINTS_MANAGEMENT, null, "Soweto", CasePriority.HIGH, citizen.details())));
        as(OFFICIAL, () -> {
            cases.comment(id, "Called " + citizen.name().toUpperCase() + " back on +27 " + citizen.phone().substring(1),
                    false);
            cases.escalate(id, cases.details(id).version(), "DPSA to help: " + citizen.surname()
                    + " complained twice", true);
            return null;
        });
        as(OFFICIAL, () -> cases.attach(id, "statement.txt", ("Statement by " + citizen.name())
                .getBytes(StandardCharsets.UTF_8)));
        String reference = open(DataSubjectRequests.Kind.ANONYMISATION, citizen);
        PersonalRecord file = as(ADMIN, () -> requests.records(reference)).stream()
                .filter(r -> r.recordType().equals("case.attachment")).findFirst().orElseThrow();
        assertThat(file.summary()).isEqualTo(referenceOf(id) + ": statement.txt");

        as(ADMIN, () -> requests.anonymise(reference, "case.attachment", file.recordId()));
        PersonalRecord anonymised = as(ADMIN, () -> requests.anonymise(reference, "case.citizen", referenceOf(id)))
                .orElseThrow();

        assertThat(anonymised.anonymised()).isTrue();
        String everything = String.join("\n",
                jdbc.queryForList("select title, description, resolution_note from " + database("dha")
                        + ".support_case where id = ?", id).toString(),
                jdbc.queryForList("select * from " + database("dha") + ".case_citizen where case_id = ?", id).toString(),
                jdbc.queryForList("select body from " + database("dha") + ".case_event where case_id = ?", id).toString(),
                jdbc.queryForList("select file_name, convert(content using utf8mb4) from " + database("dha")
                        + ".case_attachment where case_id = ?", id).toString(),
                jdbc.queryForList("select * from " + platformDatabase() + ".escalation where department_id = 'dha'"
                        + " and case_id = ?", id).toString());
        assertThat(everything).doesNotContainIgnoringCase(citizen.surname())
                .doesNotContain(citizen.idNumber())
                .doesNotContainIgnoringCase(citizen.email())
                .doesNotContain(citizen.phone().replace(" ", "").substring(1))
                .contains("[anonymised]", "[removed]");
        // The person is no longer found in the case, which is still there to account for the work.
        assertThat(as(ADMIN, () -> requests.records(reference))).extracting(PersonalRecord::recordId)
                .doesNotContain(referenceOf(id));
        assertThat(as(OFFICIAL, () -> cases.details(id)).title()).isEqualTo("Complaint by [removed]");
        assertThat(as(ADMIN, () -> requests.find(reference)).orElseThrow().steps())
                .extracting(DataSubjectRequests.Step::action).contains("ANONYMISED");
    }

    @Test
    void onlyTheDepartmentsAdministratorHandlesRequestsAndOnlyForRecordsFoundAboutThePerson() {
        Citizen citizen = Citizen.fresh();
        Citizen someoneElse = Citizen.fresh();
        long theirs = as(OFFICIAL, () -> cases.create(newCase("Another person's complaint", someoneElse.details())));
        String reference = open(DataSubjectRequests.Kind.ANONYMISATION, citizen);
        DataSubjectRequests.NewRequest request = new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS,
                citizen.name(), null, null, null, LocalDate.now());

        assertThatThrownBy(() -> as(OFFICIAL, () -> requests.open(request))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DPSA, () -> requests.open(request))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(OFFICIAL, () -> requests.records(reference)))
                .isInstanceOf(AccessDeniedException.class);
        // Another department's administrator does not see the request at all.
        assertThat(as(OTHER_ADMIN, () -> requests.find(reference))).isEmpty();
        // A request is no pretext: a record not found about its subject is refused and left alone.
        assertThatThrownBy(() -> as(ADMIN, () -> requests.anonymise(reference, "case.citizen", referenceOf(theirs))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.invalid.notFound"));
        assertThat(citizenRow(theirs)).containsEntry("full_name", someoneElse.name());
    }

    @Test
    void aRequestIsRefusedWithTheFieldAtFaultAndAClosedRequestTakesNoMoreSteps() {
        assertRefused(new DataSubjectRequests.NewRequest(null, "Thabo Mokoena", null, null, null, LocalDate.now()), "kind");
        assertRefused(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS, " ", null, null, null,
                LocalDate.now()), "subjectName");
        assertRefused(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS, "Thabo Mokoena", "12345",
                null, null, LocalDate.now()), "idNumber");
        assertRefused(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS, "Thabo Mokoena", null,
                "thabo@", null, LocalDate.now()), "email");
        assertRefused(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS, "Thabo Mokoena", null,
                null, "0825", LocalDate.now()), "phone");
        assertRefused(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS, "Thabo Mokoena", null,
                null, null, LocalDate.now().plusDays(2)), "receivedOn");

        Citizen citizen = Citizen.fresh();
        long id = as(OFFICIAL, () -> cases.create(newCase("Closed request case", citizen.details())));
        String reference = open(DataSubjectRequests.Kind.CORRECTION, citizen);
        assertThatThrownBy(() -> as(ADMIN, () -> requests.close(reference, " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        as(ADMIN, () -> requests.close(reference, "Person confirmed the details are correct."));

        assertThatThrownBy(() -> as(ADMIN, () -> requests.anonymise(reference, "case.citizen", referenceOf(id))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.invalid.closed"));
        assertThat(citizenRow(id)).containsEntry("full_name", citizen.name());
    }

    @Test
    void retentionAnonymisesClosedCasesPastTheirTimeReportsItAndLeavesOpenCasesAlone() {
        Citizen closedLongAgo = Citizen.fresh();
        Citizen stillOpen = Citizen.fresh();
        long closed = as(OFFICIAL, () -> cases.create(newCase("Closed long ago", closedLongAgo.details())));
        long open = as(OFFICIAL, () -> cases.create(newCase("Still being worked", stillOpen.details())));
        as(OFFICIAL, () -> {
            cases.take(closed, cases.details(closed).version());
            cases.start(closed, cases.details(closed).version());
            cases.resolve(closed, cases.details(closed).version(), "The queue system was repaired and checked.");
            cases.close(closed, cases.details(closed).version());
            return null;
        });
        String leaver = "dha.leaver." + UUID.randomUUID().toString().substring(0, 6);
        as(ADMIN, () -> {
            members.record(new DepartmentMember(leaver, "Lerato Leaver", leaver + "@example.org",
                    java.util.Set.of(PortalRole.DEPT_USER)));
            return null;
        });

        Citizen answered = Citizen.fresh();
        Citizen waiting = Citizen.fresh();
        String answeredRequest = open(DataSubjectRequests.Kind.ACCESS, answered);
        String waitingRequest = open(DataSubjectRequests.Kind.ACCESS, waiting);
        as(ADMIN, () -> requests.close(answeredRequest, "Records sent to the person."));

        // Six years on: past the five years of a closed case's citizen and of a closed request, and the two of an
        // absent official.
        Instant sixYearsOn = Instant.now().plus(6 * 366, ChronoUnit.DAYS);
        RetentionJob.Report report = retention.runEverywhere(sixYearsOn, "test");

        // The answered request keeps its reference and outcome but no longer names the person; the open one does.
        assertThat(as(ADMIN, () -> requests.find(answeredRequest)).orElseThrow()).satisfies(r -> {
            assertThat(r.subjectName()).isEqualTo("[anonymised]");
            assertThat(r.idNumber()).isNull();
            assertThat(r.email()).isNull();
        });
        assertThat(as(ADMIN, () -> requests.find(waitingRequest)).orElseThrow().subjectName())
                .isEqualTo(waiting.name());

        assertThat(citizenRow(closed)).containsEntry("full_name", "[anonymised]").containsEntry("email", null)
                .containsEntry("id_number", null).containsEntry("phone", null);
        assertThat(citizenRow(open)).containsEntry("full_name", stillOpen.name());
        assertThat(as(ADMIN, () -> members.known(leaver))).isEmpty();
        RetentionJob.Line dhaCitizens = report.lines().stream()
                .filter(l -> l.departmentId().equals("dha") && l.recordType().equals("case.citizen")).findFirst()
                .orElseThrow();
        assertThat(dhaCitizens.anonymised()).isGreaterThanOrEqualTo(1);
        assertThat(dhaCitizens.failure()).isNull();
        // The report is kept: the department's administrator sees their department's lines, and only those.
        List<RetentionJob.Report> seen = as(ADMIN, () -> retention.recentRuns(5));
        assertThat(seen).anyMatch(r -> r.runId().equals(report.runId()));
        assertThat(seen).flatMap(RetentionJob.Report::lines).extracting(RetentionJob.Line::departmentId)
                .containsOnly("dha");
        assertThat(as(DPSA, () -> retention.recentRuns(5))).filteredOn(r -> r.runId().equals(report.runId()))
                .flatMap(RetentionJob.Report::lines).extracting(RetentionJob.Line::departmentId)
                .contains("dha", "del");
        assertThatThrownBy(() -> as(OFFICIAL, () -> retention.recentRuns(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> retention.runForAllDepartments()))
                .isInstanceOf(AccessDeniedException.class);
        // Each anonymised record is in the department's audit trail.
        assertThat(as(ADMIN, () -> auditTrail.search(referenceOf(closed), RetentionJob.AUDIT_ACTION, null, null)))
                .hasSize(1);
    }

    private void assertRefused(DataSubjectRequests.NewRequest request, String field) {
        assertThatThrownBy(() -> as(ADMIN, () -> requests.open(request)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private String open(DataSubjectRequests.Kind kind, Citizen citizen) {
        return as(ADMIN, () -> requests.open(new DataSubjectRequests.NewRequest(kind, citizen.name(),
                citizen.idNumber(), citizen.email(), null, LocalDate.now()))).reference();
    }

    private Map<String, Object> citizenRow(long caseId) {
        return jdbc.queryForMap("select full_name, id_number, phone, email from " + database("dha")
                + ".case_citizen where case_id = ?", caseId);
    }

    private String referenceOf(long id) {
        CaseDetails details = as(ADMIN, () -> cases.details(id));
        return details.reference();
    }

    @Test
    void aRunOverManyDepartmentsIsReportedWhole() {
        // A platform of 160 departments: five record types each make 800 lines in one run.
        String runId = "many-" + Long.toString(System.nanoTime(), 36);
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        List<Object[]> lines = new java.util.ArrayList<>();
        for (int d = 0; d < 160; d++) {
            for (String type : List.of("case.citizen", "case.attachment", "official", "learner", "request")) {
                lines.add(new Object[] {runId, "dept-" + d, now, "system", type, "P5Y", now, d % 3});
            }
        }
        jdbc.batchUpdate("insert into " + platformDatabase() + ".retention_run (run_id, department_id, ran_at, "
                + "started_by, record_type, retention, cutoff, anonymised) values (?, ?, ?, ?, ?, ?, ?, ?)", lines);

        RetentionJob.Report report = as(DPSA, () -> retention.recentRuns(5)).stream()
                .filter(r -> r.runId().equals(runId)).findFirst().orElseThrow();
        assertThat(report.lines()).hasSize(800);
        assertThat(report.lines()).extracting(RetentionJob.Line::departmentId).contains("dept-0", "dept-159");
    }

    private String database(String departmentId) {
        return "`" + databases.databaseOf(departmentId) + "`";
    }

    private String platformDatabase() {
        return "`" + databases.platformDatabase() + "`";
    }

    private static NewCase newCase(String title, CitizenDetails citizen) {
        return new NewCase(title, "Raised at the service point and recorded for follow-up.",
                Mechanism.COMPLAINTS_MANAGEMENT, null, "Soweto", CasePriority.MEDIUM, citizen);
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
