package za.gov.dpsa.isdip.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
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

/**
 * The service register on the real databases: which services count towards "core services with mapped processes
 * and SOPs", the review-overdue boundary, retiring, duplicate names, lost updates, isolation between departments,
 * the report's figure against a direct count, and the demo data. Each test works in a department of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class ServiceRegisterTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final LocalDate TODAY = LocalDate.now(PortalTime.ZONE);
    static final String LINK = "https://intranet.example.gov.za/sop.pdf";

    @Autowired
    ServiceRegister register;
    @Autowired
    CoreServices coreServices;
    @Autowired
    DepartmentAdministration administration;
    @Autowired
    DepartmentReports reports;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AlignmentDemoData demoData;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void onlyAnApprovedMapWithACurrentSopCountsAndARetiredServiceLeavesTheFigure() {
        String dept = onboard("Permits", "Licences", "Grants", "Inspections");
        PortalUser official = official(dept);
        PortalUser reporter = TestUsers.user(dept + ".reporter", dept, "dept-user", "dept-reporter");
        as(official, () -> {
            long permits = id("Permits");
            approveMap(permits);
            // Review due today: still current today (overdue only from tomorrow).
            register.addSop(permits, sop("Issuing permits", "Director-General", TODAY.minusDays(30), TODAY));
            long licences = id("Licences");
            approveMap(licences);
            // Review was due yesterday: overdue from today.
            register.addSop(licences, sop("Issuing licences", "Director-General", TODAY.minusDays(400),
                    TODAY.minusDays(1)));
            long grants = id("Grants");
            register.saveMap(grants, version(grants), mapInput(ProcessMapStatus.MAPPED, null, null));
            register.addSop(grants, sop("Paying grants", "Director-General", TODAY.minusDays(10), TODAY.plusYears(1)));
            long inspections = id("Inspections");
            approveMap(inspections);
            // Awaiting approval: does not count yet.
            register.addSop(inspections, sop("Inspecting sites", null, null, TODAY.plusYears(1)));
            long hearings = register.add(new RegisteredService.Input("Appeal hearings", "Applicants"));
            approveMap(hearings);
            register.addSop(hearings, sop("Hearing appeals", "Director-General", TODAY.minusDays(5),
                    TODAY.plusYears(1)));
            register.retire(hearings, version(hearings));
            return null;
        });

        List<RegisteredService> active = as(official, () -> register.services(false));
        assertThat(active).extracting(RegisteredService::name)
                .containsExactly("Grants", "Inspections", "Licences", "Permits");
        assertThat(active).filteredOn(RegisteredService::covered).extracting(RegisteredService::name)
                .containsExactly("Permits");
        assertThat(active).extracting(RegisteredService::name, RegisteredService::sopStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Grants", SopStatus.CURRENT),
                org.assertj.core.groups.Tuple.tuple("Inspections", SopStatus.NOT_APPROVED),
                org.assertj.core.groups.Tuple.tuple("Licences", SopStatus.REVIEW_OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Permits", SopStatus.CURRENT));
        AlignmentFigures.Figure coverage = as(official, () -> register.coverage());
        assertThat(coverage.met()).isEqualTo(1);
        assertThat(coverage.applicable()).isEqualTo(4);
        assertThat(coverage.percent()).isEqualByComparingTo("25.0");
        // The retired service keeps its record but leaves the pick lists.
        assertThat(as(official, () -> register.services(true))).filteredOn(RegisteredService::retired)
                .singleElement().satisfies(s -> {
                    assertThat(s.name()).isEqualTo("Appeal hearings");
                    assertThat(s.sops()).hasSize(1);
                    assertThat(s.covered()).isFalse();
                });
        assertThat(as(official, () -> coreServices.list())).extracting(CoreService::name)
                .doesNotContain("Appeal hearings");

        // Tomorrow the SOP due for review today falls overdue too.
        assertThat(ServiceRegister.status(TODAY.minusDays(30), TODAY, TODAY)).isEqualTo(SopStatus.CURRENT);
        assertThat(ServiceRegister.status(TODAY.minusDays(30), TODAY, TODAY.plusDays(1)))
                .isEqualTo(SopStatus.REVIEW_OVERDUE);
        assertThat(as(official, () -> register.coverageOn(TODAY.plusDays(1))).met()).isZero();

        // The report's figure equals a direct count over the department's tables.
        ReportingPeriod period = ReportingTestAccess.currentQuarter(periods);
        LocalDate on = period.endsOn().isBefore(TODAY) ? period.endsOn() : TODAY;
        String db = databases.databaseOf(dept);
        long activeCount = jdbc.queryForObject("select count(*) from `" + db + "`.core_service where "
                + "retired_on is null or retired_on > ?", Long.class, on);
        long covered = jdbc.queryForObject("select count(*) from `" + db + "`.core_service s where "
                + "(s.retired_on is null or s.retired_on > ?) and s.map_status = 'APPROVED' and s.map_approved_on <= ? "
                + "and exists (select 1 from `" + db + "`.service_sop p where p.core_service_id = s.id "
                + "and p.withdrawn_on is null and p.approved_on <= ? and p.next_review_on >= ?)", Long.class,
                on, on, on, on);
        DepartmentReport report = as(reporter, () -> reports.prepare(period.id()));
        za.gov.dpsa.isdip.reporting.internal.FigureLine line = report.lines().stream()
                .filter(l -> l.indicator().code().equals("omf.servicesWithSops")).findFirst().orElseThrow();
        assertThat(line.indicator().manual()).isFalse();
        assertThat(line.value()).isEqualByComparingTo(BigDecimal.valueOf(covered * 100.0 / activeCount)
                .setScale(1, RoundingMode.HALF_UP));
        assertThat(report.broken()).extracting(r -> r.code()).doesNotContain("R4");
        assertThat(as(reporter, () -> reports.sources(period.id(), "omf.servicesWithSops")))
                .singleElement().satisfies(s -> {
                    assertThat(s.reference()).isEqualTo("Permits");
                    // Data only, no English words or enum names: the map's approval, then each current SOP.
                    assertThat(s.title()).isEqualTo(TODAY.minusDays(60) + "; Issuing permits v1.0 (" + TODAY + ")");
                    assertThat(s.link()).startsWith("standards/services/");
                });
    }

    @Test
    void theRegisterNamesTheEvidenceFilesOfMapsAndSops() {
        String dept = onboard("Permits", "Licences");
        PortalUser official = official(dept);
        byte[] pdf = "%PDF-1.4 signed process map".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        as(official, () -> {
            long permits = id("Permits");
            register.saveMap(permits, version(permits), new RegisteredService.MapInput(ProcessMapStatus.MAPPED, null,
                    "permits-map.pdf", pdf, false, null, null));
            register.addSop(permits, new Sop.Input("Issuing permits", "1.0", null, "permits-sop.pdf", pdf, false,
                    null, null, TODAY.plusYears(1)));
            register.addSop(id("Licences"), sop("Issuing licences", null, null, TODAY.plusYears(1)));
            return null;
        });

        List<RegisteredService> listed = as(official, () -> register.services(false));
        assertThat(listed).extracting(RegisteredService::name, RegisteredService::mapEvidenceFileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Licences", null),
                        org.assertj.core.groups.Tuple.tuple("Permits", "permits-map.pdf"));
        assertThat(listed).flatExtracting(RegisteredService::sops).extracting(Sop::title, Sop::evidenceFileName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Issuing licences", null),
                        org.assertj.core.groups.Tuple.tuple("Issuing permits", "permits-sop.pdf"));
        assertThat(as(official, () -> register.service(listed.get(1).id())).sops())
                .extracting(Sop::evidenceFileName).containsExactly("permits-sop.pdf");
    }

    @Test
    void aDuplicateNameIsRefusedOnTheNameAndALostUpdateIsRefused() {
        String dept = onboard("Birth registration");
        PortalUser official = official(dept);
        PortalUser admin = TestUsers.user(dept + ".admin", dept, "dept-user", "dept-admin");
        assertThatThrownBy(() -> as(official, () -> register.add(new RegisteredService.Input("  BIRTH registration ",
                "Parents")))).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("standards.services.invalid.nameTaken");
                });
        long deaths = as(admin, () -> register.add(new RegisteredService.Input("Death registration", "Families")));
        assertThatThrownBy(() -> as(admin, () -> {
            register.update(deaths, version(deaths), new RegisteredService.Input("Birth Registration", "Families"));
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("standards.services.invalid.nameTaken"));

        // Two officials open the same service; the second save does not overwrite the first.
        RegisteredService seenByBoth = as(official, () -> register.service(deaths));
        as(admin, () -> {
            register.update(deaths, seenByBoth.rowVersion(), new RegisteredService.Input("Death registration",
                    "Families and funeral parlours"));
            return null;
        });
        assertThatThrownBy(() -> as(official, () -> {
            register.update(deaths, seenByBoth.rowVersion(), new RegisteredService.Input("Death certificates",
                    "Families"));
            return null;
        })).isInstanceOf(Conflict.class);
        assertThat(as(official, () -> register.service(deaths))).satisfies(s -> {
            assertThat(s.name()).isEqualTo("Death registration");
            assertThat(s.recipients()).isEqualTo("Families and funeral parlours");
        });

        // A retired name is refused too, pointing to bringing the service back; reporters only read.
        as(official, () -> {
            register.retire(deaths, version(deaths));
            return null;
        });
        assertThatThrownBy(() -> as(official, () -> register.add(new RegisteredService.Input("Death registration",
                "Families")))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("standards.services.invalid.nameRetired"));
        PortalUser reporter = TestUsers.user(dept + ".reporter", dept, "dept-reporter");
        assertThatThrownBy(() -> as(reporter, () -> register.add(new RegisteredService.Input("Adoptions",
                "Parents")))).isInstanceOf(StandardsExceptions.NotAllowed.class);
    }

    @Test
    void withdrawingTheOnlyCurrentSopTakesTheServiceOutOfTheFigureAndReinstatingBringsItBack() {
        String dept = onboard("Building plans", "Zoning");
        PortalUser official = official(dept);
        PortalUser reporter = TestUsers.user(dept + ".reporter", dept, "dept-user", "dept-reporter");
        long plans = as(official, () -> id("Building plans"));
        long zoning = as(official, () -> id("Zoning"));
        long sopId = as(official, () -> {
            approveMap(plans);
            approveMap(zoning);
            register.addSop(zoning, sop("Rezoning erven", "Municipal Manager", TODAY.minusDays(10),
                    TODAY.plusYears(1)));
            return register.addSop(plans, sop("Approving building plans", "Municipal Manager", TODAY.minusDays(10),
                    TODAY.plusYears(1)));
        });
        assertThat(figure(dept, reporter)).isEqualTo(2);
        Sop before = as(official, () -> register.service(plans).sops().getFirst());

        // A reason is required, and not over 300 characters; nothing changes on a refusal.
        for (String reason : new String[] {null, "   ", "x".repeat(301)}) {
            assertThatThrownBy(() -> as(official, () -> {
                register.withdrawSop(sopId, before.rowVersion(), reason);
                return null;
            })).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.field()).isEqualTo("withdrawnReason"));
        }
        assertThat(as(official, () -> register.service(plans).sops().getFirst().withdrawn())).isFalse();
        // A reporter reads only.
        assertThatThrownBy(() -> as(TestUsers.user(dept + ".reader", dept, "dept-reporter"), () -> {
            register.withdrawSop(sopId, before.rowVersion(), "Superseded by version 2.0");
            return null;
        })).isInstanceOf(StandardsExceptions.NotAllowed.class);

        as(official, () -> {
            register.withdrawSop(sopId, before.rowVersion(), "  Superseded by the e-submission process  ");
            return null;
        });
        RegisteredService withdrawn = as(official, () -> register.service(plans));
        assertThat(withdrawn.sops()).singleElement().satisfies(s -> {
            assertThat(s.withdrawn()).isTrue();
            assertThat(s.withdrawnOn()).isEqualTo(TODAY);
            assertThat(s.withdrawnReason()).isEqualTo("Superseded by the e-submission process");
            assertThat(s.status()).isEqualTo(SopStatus.WITHDRAWN);
        });
        assertThat(withdrawn.covered()).isFalse();
        assertThat(withdrawn.sopStatus()).isEqualTo(SopStatus.WITHDRAWN);
        assertThat(figure(dept, reporter)).isEqualTo(1);
        assertThat(as(official, () -> register.coverage()).met()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select withdrawn_by from `" + databases.databaseOf(dept)
                + "`.service_sop where id = ?", String.class, sopId)).isEqualTo(official.username());
        assertThat(sopUpdatesAudited(dept, sopId, official)).as("the withdrawal is in the audit trail").isEqualTo(1);

        // A withdrawn SOP is not edited, and a change from the row as it was before is refused as stale.
        assertThatThrownBy(() -> as(official, () -> {
            register.updateSop(sopId, withdrawn.sops().getFirst().rowVersion(), sop("Approving plans", null, null,
                    TODAY.plusYears(1)));
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.messageKey()).isEqualTo("standards.services.invalid.sopWithdrawn"));
        assertThatThrownBy(() -> as(official, () -> {
            register.reinstateSop(sopId, before.rowVersion());
            return null;
        })).isInstanceOf(Conflict.class);

        as(official, () -> {
            register.reinstateSop(sopId, withdrawn.sops().getFirst().rowVersion());
            return null;
        });
        RegisteredService reinstated = as(official, () -> register.service(plans));
        assertThat(reinstated.sops().getFirst().withdrawn()).isFalse();
        assertThat(reinstated.sops().getFirst().status()).isEqualTo(SopStatus.CURRENT);
        assertThat(reinstated.covered()).isTrue();
        assertThat(sopUpdatesAudited(dept, sopId, official)).isEqualTo(2);
        assertThat(figure(dept, reporter)).isEqualTo(2);
        // The withdrawal before the reinstatement is stale now too.
        assertThatThrownBy(() -> as(official, () -> {
            register.withdrawSop(sopId, withdrawn.sops().getFirst().rowVersion(), "No longer used");
            return null;
        })).isInstanceOf(Conflict.class);
    }

    private long sopUpdatesAudited(String dept, long sopId, PortalUser by) {
        return jdbc.queryForObject("select count(*) from `" + databases.databaseOf(dept) + "`.audit_event where "
                + "action = 'UPDATE' and entity_type = 'ServiceSop' and entity_id = ? and username = ?", Long.class,
                String.valueOf(sopId), by.username());
    }

    /** The report's figure for the department, checked against a direct count; returns the covered count. */
    private long figure(String dept, PortalUser reporter) {
        ReportingPeriod period = ReportingTestAccess.currentQuarter(periods);
        LocalDate on = period.endsOn().isBefore(TODAY) ? period.endsOn() : TODAY;
        String db = databases.databaseOf(dept);
        long activeCount = jdbc.queryForObject("select count(*) from `" + db + "`.core_service where "
                + "retired_on is null or retired_on > ?", Long.class, on);
        long covered = jdbc.queryForObject("select count(*) from `" + db + "`.core_service s where "
                + "(s.retired_on is null or s.retired_on > ?) and s.map_status = 'APPROVED' and s.map_approved_on <= ? "
                + "and exists (select 1 from `" + db + "`.service_sop p where p.core_service_id = s.id "
                + "and p.withdrawn_on is null and p.approved_on <= ? and p.next_review_on >= ?)", Long.class,
                on, on, on, on);
        DepartmentReport report = as(reporter, () -> reports.prepare(period.id()));
        za.gov.dpsa.isdip.reporting.internal.FigureLine line = report.lines().stream()
                .filter(l -> l.indicator().code().equals("omf.servicesWithSops")).findFirst().orElseThrow();
        assertThat(line.value()).isEqualByComparingTo(BigDecimal.valueOf(covered * 100.0 / activeCount)
                .setScale(1, RoundingMode.HALF_UP));
        return covered;
    }

    @Test
    void anotherDepartmentCannotSeeOrChangeAServiceEvenByItsId() {
        String owner = onboard("Water licences");
        String other = onboard("Fishing permits");
        PortalUser ownerOfficial = official(owner);
        long id = as(ownerOfficial, () -> {
            register.add(new RegisteredService.Input("Borehole permits", "Farmers"));
            register.add(new RegisteredService.Input("Dam safety", "Dam owners"));
            return register.add(new RegisteredService.Input("Wetland rehabilitation", "Municipalities"));
        });
        long sopId = as(ownerOfficial, () -> register.addSop(id, sop("Restoring wetlands", "Director-General",
                TODAY.minusDays(3), TODAY.plusYears(1))));
        long sopVersion = as(ownerOfficial, () -> register.service(id).sops().getFirst().rowVersion());
        long version = as(ownerOfficial, () -> register.service(id).rowVersion());

        PortalUser intruder = TestUsers.user(other + ".admin", other, "dept-user", "dept-admin");
        assertThat(as(intruder, () -> register.services(true))).extracting(RegisteredService::name)
                .containsExactly("Fishing permits");
        assertThatThrownBy(() -> as(intruder, () -> register.service(id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(intruder, () -> {
            register.update(id, version, new RegisteredService.Input("Taken over", "Nobody"));
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(intruder, () -> register.addSop(id, sop("Foreign SOP", null, null,
                TODAY.plusYears(1))))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(intruder, () -> {
            register.retire(id, version);
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(intruder, () -> {
            register.withdrawSop(sopId, sopVersion, "Taken over");
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(intruder, () -> {
            register.reinstateSop(sopId, sopVersion);
            return null;
        })).isInstanceOf(NotFound.class);

        assertThat(as(ownerOfficial, () -> register.service(id))).satisfies(s -> {
            assertThat(s.name()).isEqualTo("Wetland rehabilitation");
            assertThat(s.retired()).isFalse();
            assertThat(s.sops()).singleElement().satisfies(p -> assertThat(p.withdrawn()).isFalse());
        });
    }

    @Test
    void aSopNeedsEvidenceAndAReviewAfterItsApprovalAndAnApprovedMapNeedsItsApprover() {
        String dept = onboard("Vehicle licences");
        PortalUser official = official(dept);
        long id = as(official, () -> id("Vehicle licences"));
        assertThatThrownBy(() -> as(official, () -> register.addSop(id, new Sop.Input("Renewing licences", "1.0",
                null, null, null, false, null, null, TODAY.plusYears(1)))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("sopEvidenceLink"));
        assertThatThrownBy(() -> as(official, () -> register.addSop(id, sop("Renewing licences", "Director",
                TODAY.minusDays(3), TODAY.minusDays(3))))).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("sopNextReview"));
        assertThatThrownBy(() -> as(official, () -> {
            register.saveMap(id, version(id), mapInput(ProcessMapStatus.APPROVED, null, null));
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("mapApprovedBy"));
        // A file as evidence goes through the evidence policy: a renamed program is refused.
        assertThatThrownBy(() -> as(official, () -> register.addSop(id, new Sop.Input("Renewing licences", "1.0",
                null, "sop.pdf", "MZ renamed program".getBytes(), false, null, null, TODAY.plusYears(1)))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("evidenceFile"));
        long sop = as(official, () -> register.addSop(id, new Sop.Input("Renewing licences", "1.0", null, "sop.pdf",
                "%PDF-1.4 the SOP".getBytes(), false, null, null, TODAY.plusYears(1))));
        assertThat(as(official, () -> register.sopEvidence(sop))).get()
                .satisfies(f -> assertThat(f.fileName()).isEqualTo("sop.pdf"));
        assertThat(as(official, () -> register.service(id).sops())).singleElement()
                .satisfies(s -> assertThat(s.evidenceFileName()).isEqualTo("sop.pdf"));
    }

    @Test
    void theDemoDataMapsSomeServicesWithOneReviewOverdueOnlyOnce() {
        String dept = onboard("Demo permits", "Demo licences", "Demo grants", "Demo visits");
        Runnable seed = () -> {
            try (var scope = TenantContext.bind(dept)) {
                new TransactionTemplate(transactions).executeWithoutResult(
                        status -> demoData.seedServiceRegister(dept, TODAY));
            }
        };
        seed.run();
        seed.run();
        List<RegisteredService> services = as(official(dept), () -> register.services(false));
        assertThat(services.stream().mapToInt(s -> s.sops().size()).sum()).isEqualTo(3);
        assertThat(services).filteredOn(RegisteredService::covered).hasSize(1);
        assertThat(services).filteredOn(s -> s.sopStatus() == SopStatus.REVIEW_OVERDUE).hasSize(1);
        assertThat(services).filteredOn(s -> s.mapStatus() == ProcessMapStatus.NOT_STARTED).hasSize(1);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private String onboard(String... services) {
        String id = "svc-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        as(DPSA, () -> administration.onboard(new DepartmentDefinition(id, "Free State Department of Registers",
                "FS" + id.substring(4, 8).toUpperCase(), Sphere.PROVINCIAL, Province.FREE_STATE,
                java.util.Arrays.stream(services).map(s -> new DepartmentDefinition.CoreServiceDefinition(s, "Residents"))
                        .toList())));
        return id;
    }

    private static PortalUser official(String dept) {
        return TestUsers.user(dept + ".official", dept, "dept-user");
    }

    private long id(String name) {
        return register.services(true).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long version(long id) {
        return register.service(id).rowVersion();
    }

    private void approveMap(long id) {
        register.saveMap(id, version(id), mapInput(ProcessMapStatus.APPROVED, "Director-General",
                TODAY.minusDays(60)));
    }

    private static RegisteredService.MapInput mapInput(ProcessMapStatus status, String approvedBy, LocalDate on) {
        return new RegisteredService.MapInput(status, "https://intranet.example.gov.za/map.pdf", null, null, false,
                approvedBy, on);
    }

    private static Sop.Input sop(String title, String approvedBy, LocalDate approvedOn, LocalDate review) {
        return new Sop.Input(title, "1.0", LINK, null, null, false, approvedBy, approvedOn, review);
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
