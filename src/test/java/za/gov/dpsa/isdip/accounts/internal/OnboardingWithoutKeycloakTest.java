package za.gov.dpsa.isdip.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.TenancyTestAccess;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * When Keycloak cannot be reached, onboarding still creates the department and says that its sign-on step
 * failed; the step can be retried. Bad administrator details stop onboarding before anything is created.
 */
@SpringBootTest(properties = "isdip.keycloak-admin.server-url=http://127.0.0.1:9")
@ActiveProfiles("test")
class OnboardingWithoutKeycloakTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    DepartmentProvisioning provisioning;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentUserDirectory users;
    @Autowired
    TenantWork tenantWork;

    @Test
    void theDepartmentIsOnboardedAndTheFailedKeycloakStepIsReportedForARetry() {
        String id = "nokc-" + Long.toString(System.nanoTime(), 36).substring(0, 5);
        ColleagueInvitation admin = new ColleagueInvitation("first.admin@" + id + ".example.gov.za", "Palesa",
                "Mokoena", Set.of());
        OnboardingResult result = TestUsers.callAs(DPSA, () -> provisioning.onboard(definition(id), admin));

        assertThat(result.keycloakDone()).isFalse();
        assertThat(result.failureKey()).isEqualTo("dpsa.onboard.keycloak.unavailable");
        assertThat(result.failureDetail()).contains("Keycloak cannot be reached");
        assertThat(directory.find(id)).get().extracting(Department::active).isEqualTo(true);
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak(id, admin)))
                .isInstanceOf(DirectoryUnavailableException.class);
    }

    @Test
    void badAdministratorDetailsStopOnboardingBeforeAnythingIsCreated() {
        String id = "nokc-" + Long.toString(System.nanoTime(), 36).substring(0, 5);
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.onboard(definition(id),
                new ColleagueInvitation("not-an-address", "Palesa", "Mokoena", Set.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("adminEmail"));
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.onboard(definition(id),
                new ColleagueInvitation("a@b.gov.za", " ", "Mokoena", Set.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("adminFirstName"));
        assertThat(directory.find(id)).isEmpty();
    }

    @Test
    void aDepartmentAdministratorsChangeIsRefusedWithoutTouchingAnythingWhenKeycloakIsDown() {
        PortalUser admin = TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin");
        assertThatThrownBy(() -> TestUsers.callAs(admin, () -> TenancyTestAccess.inDepartment(tenantWork, "dha",
                () -> users.colleagues()))).isInstanceOf(DirectoryUnavailableException.class);
        // The permission check comes first: an official learns nothing, not even that Keycloak is down.
        PortalUser official = TestUsers.user("dha.official", "dha", "dept-user");
        assertThatThrownBy(() -> TestUsers.callAs(official, () -> TenancyTestAccess.inDepartment(tenantWork, "dha",
                () -> users.colleagues()))).isInstanceOf(AccessDeniedException.class);
    }

    private static DepartmentDefinition definition(String id) {
        return new DepartmentDefinition(id, "Northern Cape Department of Test Resilience",
                "NC" + id.substring(5, 9).toUpperCase(), Sphere.PROVINCIAL, Province.NORTHERN_CAPE, List.of());
    }
}
