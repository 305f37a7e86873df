package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import za.gov.dpsa.isdip.platform.security.PortalUserMapping;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/** What the portal reads from a Keycloak token: department, roles, and when a user cannot be placed. */
class PortalUserMappingTest {

    @Test
    void aDepartmentOfficialGetsTheirDepartmentAndRoles() {
        PortalUser user = map(Map.of("roles", List.of("dept-user", "dept-reporter", "offline_access"),
                "groups", List.of("/departments/dha")));

        assertThat(user.departmentId()).contains("dha");
        assertThat(user.roles()).containsExactlyInAnyOrder(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER);
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_dept-user", "ROLE_dept-reporter").doesNotContain("ROLE_offline_access");
        assertThat(user.homeTenant()).isEqualTo("dha");
        assertThat(user.isAssigned()).isTrue();
    }

    @Test
    void keycloaksDefaultRealmAccessClaimIsReadWhenThereIsNoRolesClaim() {
        PortalUser user = map(Map.of("realm_access", Map.of("roles", List.of("dept-admin")),
                "groups", List.of("/departments/gp-health")));

        assertThat(user.roles()).containsExactly(PortalRole.DEPT_ADMIN);
    }

    @Test
    void aTokenWithoutDepartmentLeavesTheUserUnassignedWithNoPortalRole() {
        PortalUser user = map(Map.of("roles", List.of("dept-user")));

        assertThat(user.isAssigned()).isFalse();
        assertThat(user.roles()).isEmpty();
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .noneMatch(a -> a.startsWith("ROLE_"));
        assertThat(user.homeTenant()).isEqualTo(TenantContext.NONE);
    }

    @Test
    void membershipOfTwoDepartmentsIsNotGuessed() {
        PortalUser user = map(Map.of("roles", List.of("dept-user"),
                "groups", List.of("/departments/dha", "/departments/del")));

        assertThat(user.departmentId()).isEmpty();
        assertThat(user.isAssigned()).isFalse();
    }

    @Test
    void aDepartmentThatIsNotOnboardedDoesNotCount() {
        Map<String, Object> claims = new HashMap<>(Map.of("roles", List.of("dept-user"),
                "groups", List.of("/departments/unknown")));
        PortalUser user = PortalUserMapping.fromToken(token(claims), null, List.of(), id -> false);

        assertThat(user.isAssigned()).isFalse();
    }

    @Test
    void groupsOutsideTheDepartmentsTreeAreIgnored() {
        PortalUser user = map(Map.of("roles", List.of("dept-user"),
                "groups", List.of("/projects/dha", "/departments/dha/sub")));

        assertThat(user.departmentId()).isEmpty();
    }

    @Test
    void aDpsaSuperAdminWorksInThePlatformContext() {
        PortalUser user = map(Map.of("roles", List.of("dpsa-admin")));

        assertThat(user.isAssigned()).isTrue();
        assertThat(user.homeTenant()).isEqualTo(TenantContext.PLATFORM);
    }

    @Test
    void noRolesAndNoGroupsMeansUnassigned() {
        PortalUser user = map(Map.of());

        assertThat(user.isAssigned()).isFalse();
    }

    private static PortalUser map(Map<String, Object> extraClaims) {
        return PortalUserMapping.fromToken(token(new HashMap<>(extraClaims)), null, List.of(), id -> true);
    }

    private static OidcIdToken token(Map<String, Object> claims) {
        claims.put("sub", "subject-1");
        claims.put("preferred_username", "someone");
        return new OidcIdToken("value", Instant.now(), Instant.now().plusSeconds(60), claims);
    }
}
