package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.support.TestUsers;

/**
 * The tenancy module on its own: the department registry, and each department's user reaching only their
 * department's database.
 * <p>
 * {@link BootstrapMode#STANDALONE}, with core added: tenancy injects no bean of another module, so no module
 * dependency is started; it only asks for the portal's {@link java.time.Clock}, which core's {@code PortalTime}
 * provides. That bean's type is a JDK type, so Modulith sees no bootstrap dependency on core: core is the
 * application's shared module ({@code @Modulithic(sharedModules = "core")}), started with every module test.
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class TenancyModuleTest {

    private final DepartmentDirectory directory;
    private final DepartmentMembers members;
    private final DepartmentOnboarding onboarding;

    TenancyModuleTest(DepartmentDirectory directory, DepartmentMembers members, DepartmentOnboarding onboarding) {
        this.directory = directory;
        this.members = members;
        this.onboarding = onboarding;
    }

    @Test
    void theRegistryListsTheDepartmentsAndEachDepartmentsUserReachesOnlyTheirOwnDatabase() {
        assertThat(directory.all()).extracting(Department::id).contains("dha", "del", "dpsa");

        PortalUser homeAffairs = TestUsers.user("dha.module.admin", "dha", "dept-user", "dept-admin");
        PortalUser labour = TestUsers.user("del.module.official", "del", "dept-user");
        TestUsers.runAs(homeAffairs, () -> members.record(new DepartmentMember(homeAffairs.username(),
                homeAffairs.displayName(), null, homeAffairs.roles())));

        assertThat(TestUsers.callAs(homeAffairs, members::list)).extracting(DepartmentMember::username)
                .contains("dha.module.admin");
        assertThat(TestUsers.callAs(labour, members::list)).extracting(DepartmentMember::username)
                .doesNotContain("dha.module.admin");
        assertThat(TestUsers.callAs(labour, () -> members.find("dha.module.admin"))).isEmpty();
    }

    @Test
    void anOnboardedDepartmentIsAnnouncedInsideItsOwnDatabaseAndThenListed(Scenario scenario) {
        String id = "mod-" + Long.toString(System.nanoTime(), 36).substring(0, 8);
        DepartmentDefinition definition = new DepartmentDefinition(id, "Module Test Department",
                "M" + id.substring(4, 9).toUpperCase(), Sphere.PROVINCIAL, Province.LIMPOPO,
                List.of(new DepartmentDefinition.CoreServiceDefinition("Module service", "Everyone")));

        // Onboarding refuses to run inside a transaction (it creates a database), so the stimulus opens none.
        scenario.stimulate(transactions -> onboarding.onboard(definition))
                .andWaitForEventOfType(DepartmentOnboarded.class)
                .matchingMappedValue(event -> event.definition().id(), id)
                .toArriveAndVerify((event, department) -> {
                    assertThat(department.active()).isTrue();
                    assertThat(directory.find(id)).contains(department);
                    assertThat(event.definition().coreServices()).extracting(
                            DepartmentDefinition.CoreServiceDefinition::name).containsExactly("Module service");
                });
        assertThat(Set.copyOf(directory.all().stream().map(Department::id).toList())).contains(id, "dha");
    }
}
