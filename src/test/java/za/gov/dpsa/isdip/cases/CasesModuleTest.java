package za.gov.dpsa.isdip.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.cases.internal.EscalationService;
import za.gov.dpsa.isdip.cases.internal.EscalationState;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The cases module's main flow: an official logs a case, which gets its reference and service-level clock, an
 * administrator assigns it, and the official escalates it to DPSA, whose central queue then holds it.
 * <p>
 * The module publishes no application events (its notifications are direct calls to the platform), so there is no
 * event for a {@code Scenario} to wait for: the flow is driven and checked through the services.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES} (starts tenancy, platform, standards and core): cases live in the
 * department's database and escalations in the platform's, reached through tenancy ({@code TenantWork},
 * {@code DepartmentMembers}); platform notifies, audits and checks uploads; standards' {@code CoreServices} feeds the
 * demo data. STANDALONE leaves these out and cannot start. Reporting and privacy are not started: cases implements
 * their interfaces (its figures, the citizen's details as personal data) but injects none of their beans.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class CasesModuleTest {

    static final PortalUser OFFICIAL = TestUsers.user("dha.module.official", "dha", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("dha.module.admin", "dha", "dept-user", "dept-admin");
    static final PortalUser DPSA = TestUsers.user("dpsa.module.admin", null, "dpsa-admin");

    private final CaseService cases;
    private final EscalationService escalations;
    private final DepartmentMembers members;

    CasesModuleTest(CaseService cases, EscalationService escalations, DepartmentMembers members) {
        this.cases = cases;
        this.escalations = escalations;
        this.members = members;
    }

    @Test
    void aLoggedCaseGetsAReferenceAndAnSlaClockIsAssignedAndEscalatedToDpsa() {
        as(ADMIN, () -> {
            members.record(new DepartmentMember(OFFICIAL.username(), OFFICIAL.displayName(), null, OFFICIAL.roles()));
            members.record(new DepartmentMember(ADMIN.username(), ADMIN.displayName(), null, ADMIN.roles()));
            return null;
        });

        long id = as(OFFICIAL, () -> cases.create(new NewCase("Smart ID queue times above standard",
                "Found during the quarterly review of the service point.", Mechanism.SERVICE_STANDARDS,
                "Issuing of smart ID cards", "Pretoria", CasePriority.HIGH, null)));
        CaseDetails logged = as(OFFICIAL, () -> cases.details(id));
        assertThat(logged.reference()).matches("DHA-\\d{4}-\\d{6}");
        assertThat(logged.status()).isEqualTo(CaseStatus.NEW);
        assertThat(logged.sla().resolutionDue()).isAfter(logged.createdAt());
        assertThat(logged.sla().breached()).isFalse();

        as(ADMIN, () -> {
            cases.assign(id, logged.version(), OFFICIAL.username());
            return null;
        });
        CaseDetails assigned = as(OFFICIAL, () -> cases.details(id));
        assertThat(assigned.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(assigned.assignee()).isEqualTo(OFFICIAL.username());

        as(OFFICIAL, () -> {
            cases.escalate(id, assigned.version(), "Needs DPSA guidance on the harmonised standard", false);
            return null;
        });

        assertThat(as(OFFICIAL, () -> cases.details(id)).escalated()).isTrue();
        assertThat(as(DPSA, () -> escalations.queue(EnumSet.of(EscalationState.OPEN), "dha")))
                .filteredOn(e -> e.caseReference().equals(logged.reference())).singleElement()
                .satisfies(e -> {
                    assertThat(e.departmentId()).isEqualTo("dha");
                    assertThat(e.title()).isEqualTo("Smart ID queue times above standard");
                });
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
