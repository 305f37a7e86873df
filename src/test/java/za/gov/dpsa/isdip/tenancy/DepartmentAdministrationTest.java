package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.platform.security.PortalUserMapping;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.support.TestUsers;

/** DPSA onboards, deactivates and reactivates departments and sees their databases' health. */
@SpringBootTest
@ActiveProfiles("test")
class DepartmentAdministrationTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    DepartmentAdministration administration;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentEntry entry;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    CoreServices coreServices;

    @Test
    void onlyDpsaAdministersDepartments() {
        PortalUser admin = TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin");
        assertThatThrownBy(() -> as(admin, () -> administration.health())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, () -> {
            administration.deactivate("del", "Not theirs to deactivate");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeactivatedDepartmentsOfficialsAreNotAssignedAndItsDataIsKept() {
        String id = "adm-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        Department onboarded = as(DPSA, () -> administration.onboard(new DepartmentDefinition(id,
                "Limpopo Department of Test Administration", "LT" + id.substring(4, 8).toUpperCase(),
                Sphere.PROVINCIAL, Province.LIMPOPO,
                List.of(new DepartmentDefinition.CoreServiceDefinition("Test permits", "Residents")))));
        assertThat(as(DPSA, () -> administration.health())).anySatisfy(h -> {
            assertThat(h.department().id()).isEqualTo(id);
            assertThat(h.schemaChanges()).isPositive();
            assertThat(h.sizeBytes()).isPositive();
        });

        assertThatThrownBy(() -> as(DPSA, () -> {
            administration.deactivate(id, "short");
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        as(DPSA, () -> {
            administration.deactivate(id, "Department merged into another; kept for its records");
            return null;
        });

        assertThat(directory.find(id)).get().extracting(Department::active).isEqualTo(false);
        PortalUser official = TestUsers.user("lt.official", id, "dept-user");
        PortalUser signedIn = PortalUserMapping.fromToken(official.getIdToken(), null, List.of(),
                dept -> directory.find(dept).filter(Department::active).isPresent());
        assertThat(signedIn.isAssigned()).isFalse();
        assertThat(tenantWork.inDepartment(id, () -> coreServices.list())).extracting(s -> s.name())
                .containsExactly("Test permits");

        as(DPSA, () -> {
            administration.reactivate(id);
            return null;
        });
        assertThat(directory.find(id)).contains(new Department(id, onboarded.name(), onboarded.shortCode(),
                onboarded.sphere(), onboarded.province(), true, onboarded.onboardedAt(), "primary"));
        assertThat(as(DPSA, () -> entry.recent())).extracting(TenantAccess::action)
                .contains("ONBOARD", "DEACTIVATE", "REACTIVATE");
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
