package za.gov.dpsa.isdip.standards.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReport;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Standards alignment on the real databases: DPSA's catalogue and its versions, one harmonised answer counted
 * for every linked mechanism, gaps and their actions, evidence files, the SDIP, isolation between departments,
 * and the report's figures against direct counts.
 */
@SpringBootTest
@ActiveProfiles("test")
class AlignmentTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser LABOUR = TestUsers.user("del.official", "del", "dept-user");
    static final PortalUser LABOUR_ADMIN = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");
    static final PortalUser LABOUR_REPORTER = TestUsers.user("del.reporter", "del", "dept-user", "dept-reporter");
    static final PortalUser EDUCATION = TestUsers.user("wc-education.official", "wc-education", "dept-user");
    private static final AtomicInteger CODES = new AtomicInteger(500);

    @Autowired
    Catalogue catalogue;
    @Autowired
    DepartmentAlignment alignment;
    @Autowired
    SdipPlans sdip;
    @Autowired
    CoreServices coreServices;
    @Autowired
    DepartmentReports reports;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DepartmentAdministration administration;
    @Autowired
    za.gov.dpsa.isdip.platform.Notifications notifications;
    @Autowired
    AlignmentDemoData demoData;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    za.gov.dpsa.isdip.tenancy.DepartmentMembers members;

    /** Records the official in their department's member copy, as their sign-in does: actions need an owner there. */
    private PortalUser known(PortalUser official) {
        as(official, () -> {
            members.record(new za.gov.dpsa.isdip.tenancy.DepartmentMember(official.username(),
                    official.displayName(), null, official.roles()));
            return null;
        });
        return official;
    }

    /** A new standard linking requirements of three mechanisms, published by DPSA. */
    private HarmonisedStandard publishNewStandard() {
        String code = "HS-" + CODES.incrementAndGet();
        Set<Long> links = as(DPSA, () -> catalogue.requirements()).stream()
                .filter(r -> Set.of("OMF-36-3", "SDIP-38-3", "BP-3").contains(r.code()))
                .map(MechanismRequirement::id).collect(Collectors.toSet());
        long id = as(DPSA, () -> catalogue.createStandard(new HarmonisedStandard.Input(code,
                "Accessible service points", "Every service point is accessible to people with disabilities.",
                "Access audit per service point", LocalDate.of(2026, 4, 1), links)));
        as(DPSA, () -> {
            catalogue.publish(id, catalogue.standard(id).orElseThrow().rowVersion());
            return null;
        });
        return as(DPSA, () -> catalogue.current(code)).orElseThrow();
    }

    @Test
    void theSeededCatalogueShowsWhatHarmonisationRemoved() {
        CatalogueHeadline headline = as(LABOUR, () -> catalogue.headline());
        assertThat(headline.demands()).isGreaterThanOrEqualTo(25);
        assertThat(headline.removed()).isEqualTo(headline.demands() - headline.standards());
        HarmonisedStandard complaints = as(LABOUR, () -> catalogue.current("HS-07")).orElseThrow();
        assertThat(complaints.mechanisms()).containsExactlyInAnyOrder(Mechanism.SERVICE_CHARTER, Mechanism.SDIP,
                Mechanism.BATHO_PELE, Mechanism.COMPLAINTS_MANAGEMENT);
    }

    @Test
    void publishingANewVersionKeepsTheEarlierOneAndAssessmentsRecordTheVersionTheyAnswered() {
        HarmonisedStandard v1 = publishNewStandard();
        assertThat(as(LABOUR, () -> notifications.latest(LABOUR))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("standards.notification.published");
            assertThat(n.params()).startsWith(v1.code(), "1");
            assertThat(n.link()).isEqualTo("standards/assess/" + v1.code());
        });
        as(LABOUR, () -> alignment.assess(v1.code(), new AssessmentInput(Rating.COMPLIANT,
                "Access audit of all 12 labour centres, March 2026.", null, null, null, false, List.of())));

        long draft = as(DPSA, () -> catalogue.newVersion(v1.code()));
        assertThat(as(DPSA, () -> catalogue.newVersion(v1.code()))).as("one open draft at a time").isEqualTo(draft);
        assertThat(as(LABOUR, () -> catalogue.current(v1.code()))).get().extracting(HarmonisedStandard::version)
                .isEqualTo(1);
        assertThat(as(LABOUR, () -> catalogue.standard(draft))).as("departments do not see drafts").isEmpty();
        HarmonisedStandard v2draft = as(DPSA, () -> catalogue.standard(draft)).orElseThrow();
        as(DPSA, () -> {
            catalogue.updateDraft(draft, v2draft.rowVersion(), new HarmonisedStandard.Input(null, v2draft.title(),
                    v2draft.requirement() + " Includes mobile units.", v2draft.evidenceExpected(),
                    v2draft.effectiveDate(), v2draft.requirements().stream().map(MechanismRequirement::id)
                    .collect(Collectors.toSet())));
            catalogue.publish(draft, catalogue.standard(draft).orElseThrow().rowVersion());
            return null;
        });

        List<HarmonisedStandard> versions = as(DPSA, () -> catalogue.versions(v1.code()));
        assertThat(versions).extracting(HarmonisedStandard::version, HarmonisedStandard::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CatalogueStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, CatalogueStatus.PUBLISHED));
        StandardAnswer answer = as(LABOUR, () -> alignment.standards()).stream()
                .filter(a -> a.standard().code().equals(v1.code())).findFirst().orElseThrow();
        assertThat(answer.answer().standardVersion()).isEqualTo(1);
        assertThat(answer.standard().version()).isEqualTo(2);
        assertThat(answer.outdated()).isTrue();

        as(LABOUR, () -> alignment.assess(v1.code(), new AssessmentInput(Rating.COMPLIANT,
                "Audit repeated including mobile units.", null, null, null, false, List.of())));
        assertThat(as(LABOUR, () -> alignment.history(v1.code()))).extracting(Assessment::standardVersion,
                Assessment::current).containsExactly(org.assertj.core.groups.Tuple.tuple(2, true),
                org.assertj.core.groups.Tuple.tuple(1, false));
    }

    @Test
    void onlyDpsaEditsTheCatalogueAndBadInputIsRefusedOnItsField() {
        assertThatThrownBy(() -> as(LABOUR, () -> catalogue.createStandard(new HarmonisedStandard.Input("HS-99",
                "Title here", "A requirement long enough to pass.", "Evidence", LocalDate.now(), Set.of(1L)))))
                .isInstanceOf(StandardsExceptions.NotAllowed.class);
        assertThatThrownBy(() -> as(DPSA, () -> catalogue.createStandard(new HarmonisedStandard.Input("S-1",
                "Title here", "A requirement long enough to pass.", "Evidence", LocalDate.now(), Set.of(1L)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> as(DPSA, () -> catalogue.createStandard(new HarmonisedStandard.Input("HS-01",
                "Title here", "A requirement long enough to pass.", "Evidence", LocalDate.now(), Set.of(1L)))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("standards.invalid.codeTaken"));
        assertThatThrownBy(() -> as(DPSA, () -> catalogue.createStandard(new HarmonisedStandard.Input("HS-98",
                "Title here", "A requirement long enough to pass.", "Evidence", LocalDate.now(), Set.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("requirements"));
    }

    @Test
    void oneAnswerMovesTheFiguresOfEveryMechanismTheStandardServes() {
        PortalUser labour = TestUsers.user("kzn-transport.official", "kzn-transport", "dept-user");
        HarmonisedStandard standard = publishNewStandard();
        AlignmentDashboard before = as(labour, () -> alignment.dashboard());

        as(labour, () -> alignment.assess(standard.code(), new AssessmentInput(Rating.COMPLIANT, null,
                "https://www.kzntransport.gov.za/access-audit-2026.pdf", null, null, false, List.of())));
        AlignmentDashboard after = as(labour, () -> alignment.dashboard());

        for (Mechanism served : List.of(Mechanism.OMF, Mechanism.SDIP, Mechanism.BATHO_PELE)) {
            assertThat(after.byMechanism().get(served).met()).as(served.name())
                    .isEqualTo(before.byMechanism().get(served).met() + 1);
            assertThat(after.byMechanism().get(served).unassessed())
                    .isEqualTo(before.byMechanism().get(served).unassessed() - 1);
        }
        assertThat(after.byMechanism().get(Mechanism.COMPLAINTS_MANAGEMENT)).isEqualTo(before.byMechanism().get(Mechanism.COMPLAINTS_MANAGEMENT));
        assertThat(after.byPrinciple().get(BathoPelePrinciple.ACCESS).met())
                .isEqualTo(before.byPrinciple().get(BathoPelePrinciple.ACCESS).met() + 2);
        assertThat(after.assessed()).isEqualTo(before.assessed() + 1);
    }

    @Test
    void aGapNeedsAnActionNotApplicableNeedsAReasonAndNothingIsSavedOnRefusal() {
        PortalUser official = known(TestUsers.user("gp-health.official", "gp-health", "dept-user"));
        assertThatThrownBy(() -> as(official, () -> alignment.assess("HS-09", new AssessmentInput(Rating.NOT_COMPLIANT,
                "No annual report to citizens was published in 2025.", null, null, null, false, List.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("actionTitle"));
        assertThatThrownBy(() -> as(official, () -> alignment.assess("HS-09", new AssessmentInput(Rating.NOT_APPLICABLE,
                "n/a", null, null, null, false, List.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("standards.invalid.naReason"));
        assertThatThrownBy(() -> as(official, () -> alignment.assess("HS-09", new AssessmentInput(Rating.COMPLIANT,
                null, "http://example.org/report", null, null, false, List.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("evidenceLink"));
        assertThatThrownBy(() -> as(official, () -> alignment.assess("HS-09", new AssessmentInput(Rating.PARTIALLY,
                "Draft report exists.", null, null, null, false, List.of(new ActionItem.Input("Publish the report",
                official.username(), LocalDate.now(PortalTime.ZONE).minusDays(1)))))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("actionDue"));
        assertThat(as(official, () -> alignment.history("HS-09"))).isEmpty();
        assertThat(as(official, () -> alignment.actions("HS-09"))).isEmpty();

        LocalDate due = LocalDate.now(PortalTime.ZONE);
        as(official, () -> alignment.assess("HS-09", new AssessmentInput(Rating.NOT_COMPLIANT,
                "No annual report to citizens was published in 2025.", null, null, null, false,
                List.of(new ActionItem.Input("Publish the 2025/26 annual report to citizens",
                        official.username(), due)))));
        PortalUser gpAdmin = TestUsers.user("gp-health.admin", "gp-health", "dept-user", "dept-admin");
        assertThat(as(gpAdmin, () -> notifications.latest(gpAdmin))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("standards.notification.gap");
            assertThat(n.params()).startsWith("HS-09");
        });
        List<ActionItem> actions = as(official, () -> alignment.actions("HS-09"));
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
            assertThat(a.overdue()).as("due today is not overdue").isFalse();
        });
        // A second gap answer is accepted: the open action still covers it.
        as(official, () -> alignment.assess("HS-09", new AssessmentInput(Rating.PARTIALLY,
                "Draft report approved by the HoD.", null, null, null, false, List.of())));
        ActionItem action = actions.getFirst();
        as(official, () -> {
            alignment.updateAction(action.id(), action.rowVersion(), new ActionItem.Input(action.title(),
                    action.ownerUsername(), action.dueDate()), ActionStatus.DONE);
            return null;
        });
        assertThat(as(official, () -> alignment.actions("HS-09"))).singleElement()
                .satisfies(a -> assertThat(a.completedOn()).isEqualTo(due));
    }

    @Test
    void evidenceFilesAreCheckedStoredAndServedToTheDepartmentOnly() {
        PortalUser official = TestUsers.user("dpsa.official", "dpsa", "dept-user");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> as(official, () -> alignment.assess("HS-04", new AssessmentInput(Rating.COMPLIANT,
                null, null, "charter.pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII), false, List.of()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("evidenceFile");
                    assertThat(e.messageKey()).isEqualTo("standards.evidence.content");
                });

        long id = as(official, () -> alignment.assess("HS-04", new AssessmentInput(Rating.COMPLIANT, null, null,
                "C:\\Users\\thandi\\charter.pdf", pdf, false, List.of())));
        assertThat(as(official, () -> alignment.evidence(id))).get().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("charter.pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
            assertThat(f.content()).isEqualTo(pdf);
        });
        // A new answer may keep the earlier file.
        long again = as(official, () -> alignment.assess("HS-04", new AssessmentInput(Rating.COMPLIANT,
                null, null, null, null, true, List.of())));
        assertThat(as(official, () -> alignment.assessment(again)).evidenceFileName()).isEqualTo("charter.pdf");
    }

    @Test
    void anotherDepartmentCannotReadOrChangeAnAssessmentOrActionEvenById() {
        known(EDUCATION);
        long secretId = as(EDUCATION, () -> alignment.assess("HS-06", new AssessmentInput(Rating.PARTIALLY,
                "Ramps missing at the Worcester district office (Education only).", null, "ramps.txt",
                "Worcester ramps audit".getBytes(StandardCharsets.US_ASCII), false,
                List.of(new ActionItem.Input("Build ramps at the Worcester office", EDUCATION.username(),
                        LocalDate.now(PortalTime.ZONE).plusDays(60))))));
        long actionId = as(EDUCATION, () -> alignment.actions("HS-06")).getFirst().id();
        // Eastern Cape has assessed nothing: Education's ids name nothing there.
        PortalUser other = TestUsers.user("ec.official", "ec-social-development", "dept-user");
        assertThat(as(other, () -> alignment.history("HS-06"))).extracting(Assessment::evidenceText)
                .noneMatch(t -> t != null && t.contains("Education only"));
        assertThat(as(other, () -> alignment.standards())).extracting(StandardAnswer::answer)
                .noneMatch(a -> a != null && a.evidenceText() != null && a.evidenceText().contains("Education only"));
        assertThat(catchAny(() -> as(other, () -> alignment.assessment(secretId))))
                .isInstanceOf(NotFound.class);
        assertThat(as(other, () -> alignment.evidence(secretId))).isEmpty();
        Object change = catchAny(() -> {
            as(other, () -> {
                alignment.updateAction(actionId, 0, new ActionItem.Input("Hijacked action title", "someone.else",
                        LocalDate.now(PortalTime.ZONE).plusDays(5)), ActionStatus.DONE);
                return null;
            });
            return "changed";
        });
        assertThat(as(EDUCATION, () -> alignment.actions("HS-06"))).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Build ramps at the Worcester office");
            assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        });
        // And a user outside any department (DPSA in the platform context) reads no department's alignment.
        assertThatThrownBy(() -> as(DPSA, () -> alignment.assessment(secretId)))
                .isInstanceOf(StandardsExceptions.NotAllowed.class);
        assertThat(change).isInstanceOf(NotFound.class);
    }

    @Test
    void twoOfficialsAnsweringAtOnceLeaveExactlyOneCurrentAnswer() throws Exception {
        PortalUser first = TestUsers.user("dpsa.official", "dpsa", "dept-user");
        PortalUser second = TestUsers.user("dpsa.admin", "dpsa", "dept-user", "dept-admin");
        as(first, () -> alignment.assess("HS-05", new AssessmentInput(Rating.COMPLIANT,
                "Client survey of 2025 covers all service points.", null, null, null, false, List.of())));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
            for (PortalUser user : List.of(first, second)) {
                results.add(pool.submit(() -> catchAny(() -> as(user, () -> alignment.assess("HS-05",
                        new AssessmentInput(Rating.COMPLIANT, "Answered by " + user.username() + " at once.", null,
                                null, null, false, List.of()))))));
            }
            for (var result : results) {
                assertThat(result.get()).satisfiesAnyOf(r -> assertThat(r).isInstanceOf(Long.class),
                        r -> assertThat(r).isInstanceOf(org.springframework.dao.DataAccessException.class));
            }
        } finally {
            pool.shutdown();
        }
        List<Assessment> history = as(first, () -> alignment.history("HS-05"));
        assertThat(history).filteredOn(Assessment::current).hasSize(1);
        assertThat(history).hasSizeBetween(2, 3);
    }

    @Test
    void theSdipIsValidatedSubmittedAndApprovedByTheAdministrator() {
        CoreService service = as(LABOUR, () -> coreServices.list()).getFirst();
        int startYear = SdipPlans.fiscalYear(LocalDate.now(PortalTime.ZONE));
        SdipPlan.KeyService key = new SdipPlan.KeyService(service.id(), service.name(), "Work-seekers and employers",
                Map.of(BathoPelePrinciple.SERVICE_STANDARDS, new SdipPlan.PrincipleStandard("UIF claims paid in 8 weeks",
                        "UIF claims paid in 4 weeks"), BathoPelePrinciple.ACCESS, new SdipPlan.PrincipleStandard("", "")));
        assertThatThrownBy(() -> as(LABOUR, () -> sdip.save(null, 0, new SdipPlan.Input(startYear, 3, "Too short",
                "Access strategy for rural work-seekers via mobile units.", List.of(key)))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("consultation"));
        SdipPlan.KeyService foreign = new SdipPlan.KeyService(987654L, "Not ours", "Anyone",
                Map.of(BathoPelePrinciple.ACCESS, new SdipPlan.PrincipleStandard("a b c", "d e f")));
        assertThatThrownBy(() -> as(LABOUR, () -> sdip.save(null, 0, new SdipPlan.Input(startYear, 3,
                "Quarterly izimbizo with work-seekers in every province.",
                "Access strategy for rural work-seekers via mobile units.", List.of(foreign)))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("service.0.service"));

        long id = as(LABOUR, () -> sdip.save(null, 0, new SdipPlan.Input(startYear, 3,
                "Quarterly izimbizo with work-seekers in every province.",
                "Access strategy for rural work-seekers via mobile units.", List.of(key))));
        SdipPlan draft = as(LABOUR, () -> sdip.plan(id)).orElseThrow();
        assertThat(draft.services()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo(service.name());
            assertThat(s.standards()).containsOnlyKeys(BathoPelePrinciple.SERVICE_STANDARDS);
        });
        as(LABOUR, () -> {
            sdip.submit(id, draft.rowVersion());
            return null;
        });
        SdipPlan submitted = as(LABOUR, () -> sdip.plan(id)).orElseThrow();
        assertThatThrownBy(() -> as(LABOUR, () -> {
            sdip.approve(id, submitted.rowVersion(), "Adv. T. Lamati (HoD)", LocalDate.now(PortalTime.ZONE));
            return null;
        })).isInstanceOf(StandardsExceptions.NotAllowed.class);
        assertThatThrownBy(() -> as(LABOUR_ADMIN, () -> {
            sdip.approve(id, submitted.rowVersion(), "Adv. T. Lamati (HoD)",
                    LocalDate.now(PortalTime.ZONE).plusDays(1));
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("approvedOn"));
        as(LABOUR_ADMIN, () -> {
            sdip.approve(id, submitted.rowVersion(), "Adv. T. Lamati (HoD); Minister (EA)",
                    LocalDate.now(PortalTime.ZONE));
            return null;
        });
        assertThat(as(LABOUR, () -> sdip.current())).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(SdipStatus.APPROVED);
            assertThat(p.cycle()).startsWith(startYear + "/");
        });
        assertThat(as(LABOUR, () -> sdip.approvedFor(startYear))).isTrue();
        assertThat(as(LABOUR, () -> sdip.approvedFor(startYear + 3))).isFalse();
    }

    @Test
    void theReportsAlignmentFiguresEqualDirectCountsOverTheDepartmentsRows() {
        PortalUser official = known(TestUsers.user("dha.official", "dha", "dept-user"));
        PortalUser reporter = TestUsers.user("dha.reporter", "dha", "dept-user", "dept-reporter");
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        as(official, () -> {
            alignment.assess("HS-01", new AssessmentInput(Rating.COMPLIANT, "Service delivery model approved 2024.",
                    null, null, null, false, List.of()));
            alignment.assess("HS-02", new AssessmentInput(Rating.NOT_APPLICABLE,
                    "SOPs are covered by the national business process project.", null, null, null, false, List.of()));
            return alignment.assess("HS-05", new AssessmentInput(Rating.PARTIALLY, "Surveys in 3 of 9 provinces.",
                    null, null, null, false, List.of(new ActionItem.Input("Survey the remaining six provinces",
                            official.username(), today.plusDays(30)))));
        });
        String db = databases.databaseOf("dha");
        // An action that fell overdue (its due date passed while it stayed open).
        jdbc.update("insert into `" + db + "`.alignment_action (standard_code, title, owner, due_date, status, "
                + "created_by, created_at, row_version) values ('HS-05', 'Train frontline staff on surveys', "
                + "'Deputy Director: Training', ?, 'OPEN', 'dha.official', now(6), 0)", today.minusDays(1));

        ReportingPeriod period = ReportingTestAccess.currentQuarter(periods);
        PortalUser admin = TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin");
        as(admin, () -> {
            CoreService service = coreServices.list().getFirst();
            long plan = sdip.save(null, 0, new SdipPlan.Input(period.fiscalYear() - 1, 3,
                    "Client surveys at every front office twice a year.",
                    "Smart ID collection at banks and mobile units for rural areas.",
                    List.of(new SdipPlan.KeyService(service.id(), service.name(), "Citizens aged 16 and older",
                            Map.of(BathoPelePrinciple.SERVICE_STANDARDS, new SdipPlan.PrincipleStandard(
                                    "Smart ID issued in 15 working days", "Smart ID issued in 10 working days"))))));
            sdip.submit(plan, sdip.plan(plan).orElseThrow().rowVersion());
            sdip.approve(plan, sdip.plan(plan).orElseThrow().rowVersion(), "Director-General and Minister",
                    today);
            return null;
        });
        DepartmentReport report = as(reporter, () -> reports.prepare(period.id()));

        List<String> published = jdbc.queryForList("select code from harmonised_standard where status = 'PUBLISHED'",
                String.class);
        String in = published.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
        long assessed = jdbc.queryForObject("select count(*) from `" + db + "`.standard_assessment where "
                + "current_code in (" + in + ")", Long.class);
        long compliant = jdbc.queryForObject("select count(*) from `" + db + "`.standard_assessment where "
                + "current_code in (" + in + ") and rating = 'COMPLIANT'", Long.class);
        long notApplicable = jdbc.queryForObject("select count(*) from `" + db + "`.standard_assessment where "
                + "current_code in (" + in + ") and rating = 'NOT_APPLICABLE'", Long.class);
        long open = jdbc.queryForObject("select count(*) from `" + db + "`.alignment_action where status <> 'DONE'",
                Long.class);
        long overdue = jdbc.queryForObject("select count(*) from `" + db + "`.alignment_action where status <> 'DONE' "
                + "and due_date < ?", Long.class, today);

        assertThat(assessed).isGreaterThanOrEqualTo(3);
        assertThat(overdue).isGreaterThanOrEqualTo(1);
        assertThat(figure(report, "alignment.standardsAssessed")).isEqualByComparingTo(BigDecimal.valueOf(assessed));
        assertThat(figure(report, "alignment.standardsMet")).isEqualByComparingTo(BigDecimal.valueOf(
                compliant * 100.0 / (published.size() - notApplicable)).setScale(1, java.math.RoundingMode.HALF_UP));
        assertThat(figure(report, "alignment.openActions")).isEqualByComparingTo(BigDecimal.valueOf(open));
        assertThat(figure(report, "alignment.overdueActions")).isEqualByComparingTo(BigDecimal.valueOf(overdue));
        long approvedPlans = jdbc.queryForObject("select count(*) from `" + db + "`.sdip_plan where status = 'APPROVED' "
                + "and start_year <= ? and start_year + years > ?", Long.class, period.fiscalYear(), period.fiscalYear());
        assertThat(approvedPlans).isEqualTo(1);
        assertThat(figure(report, "sdip.approved")).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(report.lines()).filteredOn(l -> l.indicator().code().equals("alignment.standardsMet"))
                .singleElement().satisfies(l -> assertThat(l.indicator().manual()).isFalse());
        assertThat(as(reporter, () -> reports.sources(period.id(), "alignment.overdueActions")))
                .hasSize((int) overdue);
    }

    @Test
    void theDemoDataGivesADepartmentAnswersGapsWithActionsAndAnSdipOnlyOnce() {
        String id = "dmo-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        as(DPSA, () -> administration.onboard(new DepartmentDefinition(id, "Free State Department of Demo Data",
                "FS" + id.substring(4, 8).toUpperCase(), Sphere.PROVINCIAL, Province.FREE_STATE,
                List.of(new DepartmentDefinition.CoreServiceDefinition("Demo permits", "Residents"),
                        new DepartmentDefinition.CoreServiceDefinition("Demo licences", "Businesses")))));
        List<HarmonisedStandard> published = as(DPSA, () -> catalogue.published());
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        Runnable seed = () -> {
            try (var scope = TenantContext.bind(id)) {
                new TransactionTemplate(transactions).executeWithoutResult(
                        status -> demoData.seed(id, "Demo", published, today));
            }
        };
        seed.run();
        seed.run();

        PortalUser official = TestUsers.user(id + ".official", id, "dept-user");
        AlignmentDashboard dashboard = as(official, () -> alignment.dashboard());
        assertThat(dashboard.assessed()).isBetween(published.size() / 2, published.size());
        assertThat(as(official, () -> alignment.standards())).filteredOn(a -> a.answer() != null)
                .hasSize(dashboard.assessed());
        assertThat(as(official, () -> alignment.actions())).hasSize((int) as(official, () -> alignment.standards())
                .stream().filter(a -> a.answer() != null && a.answer().rating().isGap()).count());
        assertThat(dashboard.sdip()).isNotNull();
        assertThat(dashboard.sdip().services()).hasSize(2);
    }

    private static BigDecimal figure(DepartmentReport report, String code) {
        return report.lines().stream().filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow().value();
    }

    private static Object catchAny(Supplier<Object> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return e;
        }
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
