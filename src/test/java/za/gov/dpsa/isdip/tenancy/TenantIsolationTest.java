package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceEntity;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceRepository;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Database-per-department isolation on a real MySQL-compatible server: in one department's context, no
 * repository call, id or query reaches another department's rows, and work without a context reaches nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class TenantIsolationTest {

    @Autowired
    TenantWork tenantWork;
    @Autowired
    CoreServices coreServices;
    @Autowired
    CoreServiceRepository repository;
    @Autowired
    EntityManager entityManager;
    @Autowired
    DepartmentOnboarding onboarding;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    JdbcTemplate jdbc;

    private final PortalUser homeAffairsOfficial = TestUsers.user("dha.official", "dha", "dept-user");

    @Test
    void eachDepartmentSeesOnlyItsOwnSeededServices() {
        List<String> homeAffairs = namesAs(homeAffairsOfficial);
        List<String> health = namesAs(TestUsers.user("gp-health.official", "gp-health", "dept-user"));

        assertThat(homeAffairs).contains("Issuing of smart ID cards").doesNotContain("Emergency medical services");
        assertThat(health).contains("Emergency medical services").doesNotContain("Issuing of smart ID cards");
    }

    @Test
    void noIdOfAnotherDepartmentReachesItsRow() {
        String marker = "Health-only service " + System.nanoTime();
        List<Long> healthIds = tenantWork.inDepartment("gp-health", () -> {
            repository.save(new CoreServiceEntity(marker, "Test recipients", java.time.Instant.now()));
            return repository.findAll().stream().map(CoreServiceEntity::getId).toList();
        });
        try {
            assertOtherDepartmentCannotReach(healthIds, marker);
        } finally {
            tenantWork.inDepartment("gp-health", () -> {
                repository.deleteAll(repository.findAll().stream().filter(s -> s.getName().equals(marker)).toList());
                return null;
            });
        }
    }

    private void assertOtherDepartmentCannotReach(List<Long> healthIds, String marker) {
        TestUsers.runAs(homeAffairsOfficial, () -> {
            for (Long id : healthIds) {
                assertThat(coreServices.find(id).map(CoreService::name)).isNotEqualTo(java.util.Optional.of(marker));
                assertThat(repository.findById(id).map(CoreServiceEntity::getName))
                        .isNotEqualTo(java.util.Optional.of(marker));
            }
            assertThat(repository.findAllById(healthIds)).extracting(CoreServiceEntity::getName).doesNotContain(marker);
            assertThat(repository.findAll()).extracting(CoreServiceEntity::getName).doesNotContain(marker);
            assertThat(entityManager.createQuery("select s from CoreServiceEntity s where s.name = :name",
                    CoreServiceEntity.class).setParameter("name", marker).getResultList()).isEmpty();
        });
        assertThat(tenantWork.inDepartment("gp-health", () -> repository.findAll()))
                .extracting(CoreServiceEntity::getName).contains(marker);
    }

    @Test
    void workWithoutAnyContextReachesNoDatabase() {
        assertThatThrownBy(() -> repository.count()).hasRootCauseInstanceOf(NoTenantException.class);
    }

    @Test
    void aUserWithoutADepartmentReachesNoDatabase() {
        TestUsers.runAs(TestUsers.user("nobody", null, "dept-user"), () ->
                assertThatThrownBy(() -> coreServices.list()).hasRootCauseInstanceOf(NoTenantException.class));
    }

    @Test
    void aDepartmentThatIsNotOnboardedCannotBeRoutedTo() {
        assertThatThrownBy(() -> tenantWork.inDepartment("not-onboarded", () -> repository.count()))
                .hasRootCauseInstanceOf(NoTenantException.class)
                .rootCause().hasMessageContaining("not onboarded");
    }

    @Test
    void thePlatformContextHasNoDepartmentTables() {
        // Department data lives only in department databases: a query in the platform context fails loudly.
        assertThatThrownBy(() -> tenantWork.inPlatform(() -> repository.count()))
                .hasStackTraceContaining("core_service");
    }

    @Test
    void aDepartmentIsOnboardedAtRuntimeWithItsOwnMigratedAndSeededDatabase() {
        String id = "test-" + Long.toString(System.nanoTime(), 36).substring(0, 8);
        DepartmentDefinition definition = new DepartmentDefinition(id, "Test Department of Onboarding",
                "T" + id.substring(5, 10).toUpperCase(), Sphere.PROVINCIAL, Province.LIMPOPO,
                List.of(new DepartmentDefinition.CoreServiceDefinition("Runtime service", "Everyone")));

        Department department = onboarding.onboard(definition);

        assertThat(department.active()).isTrue();
        assertThat(directory.find(id)).contains(department);
        assertThat(jdbc.queryForList("SHOW DATABASES LIKE ?", String.class, databases.databaseOf(id))).hasSize(1);
        assertThat(namesAs(TestUsers.user("official", id, "dept-user"))).containsExactly("Runtime service");
        assertThat(namesAs(homeAffairsOfficial)).doesNotContain("Runtime service");
        assertThatThrownBy(() -> onboarding.onboard(definition))
                .isInstanceOf(DepartmentOnboarding.DepartmentAlreadyOnboardedException.class);
        // Start-up migrates every registered department again; that must be harmless.
        databases.migrate(id);
        assertThat(namesAs(TestUsers.user("official", id, "dept-user"))).containsExactly("Runtime service");
    }

    @Test
    void onboardingRefusesAnInvalidDefinitionAndCreatesNothing() {
        DepartmentDefinition national = new DepartmentDefinition("test-bad", "Bad", "TBAD", Sphere.NATIONAL,
                Province.GAUTENG, List.of());

        assertThatThrownBy(() -> onboarding.onboard(national)).hasMessageContaining("province");
        assertThat(directory.find("test-bad")).isEmpty();
        assertThat(jdbc.queryForList("SHOW DATABASES LIKE ?", String.class, databases.databaseOf("test-bad"))).isEmpty();
    }

    private List<String> namesAs(PortalUser user) {
        List<String> names = new java.util.ArrayList<>();
        TestUsers.runAs(user, () -> coreServices.list().forEach(s -> names.add(s.name())));
        return names;
    }
}
