package za.gov.dpsa.isdip.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;

import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.SystemClient;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/** How a validated access token becomes the API's caller, or is refused; a true unit test of the mapping. */
class SystemClientTokensTest {

    private final ApiClientRegister register = clientId -> switch (clientId) {
        case "isdip-api-dha-call-centre-1a2b" -> Optional.of(new ApiClientRegister.RegisteredClient(clientId,
                Optional.of("dha"), 120, true));
        case "isdip-api-dpsa-me-3c4d" -> Optional.of(new ApiClientRegister.RegisteredClient(clientId,
                Optional.empty(), 600, true));
        case "isdip-api-dha-old-5e6f" -> Optional.of(new ApiClientRegister.RegisteredClient(clientId,
                Optional.of("dha"), 120, false));
        default -> Optional.empty();
    };
    private final SystemClientTokens tokens = new SystemClientTokens(
            new StaticListableBeanFactory(Map.of("register", register)).getBeanProvider(ApiClientRegister.class),
            id -> List.of("dha", "gp-health").contains(id));

    @Test
    void aDepartmentsSystemActsInItsDepartmentWithTheRolesOfItsToken() {
        var authentication = tokens.convert(systemToken("isdip-api-dha-call-centre-1a2b", "/departments/dha",
                "dept-user", "dpsa-analytics"));
        SystemClient client = (SystemClient) authentication.getPrincipal();
        assertThat(client.departmentId()).hasValue("dha");
        assertThat(client.homeTenant()).isEqualTo("dha");
        // A department's system never holds DPSA's reading role, whatever the token says.
        assertThat(client.roles()).containsExactly(PortalRole.DEPT_USER);
        assertThat(authentication.getAuthorities()).extracting(Object::toString)
                .contains(SystemClient.AUTHORITY, "ROLE_dept-user");
        assertThat(authentication.getDetails()).isEqualTo(120);
    }

    @Test
    void dpsasAnalyticsReadsInThePlatformContext() {
        SystemClient client = (SystemClient) tokens.convert(systemToken("isdip-api-dpsa-me-3c4d", null,
                "dpsa-analytics")).getPrincipal();
        assertThat(client.readsAcrossDepartments()).isTrue();
        assertThat(client.homeTenant()).isEqualTo(TenantContext.PLATFORM);
    }

    @Test
    void aPersonsTokenIsAuthenticatedButHoldsNoApiAuthority() {
        Jwt person = jwt(Map.of("sub", "u-1", "preferred_username", "dha.official", "azp", "isdip-portal",
                "groups", List.of("/departments/dha"), "roles", List.of("dept-user")));
        var authentication = tokens.convert(person);
        assertThat(authentication).isInstanceOf(SystemClientTokens.PersonToken.class);
        assertThat(authentication.getAuthorities()).isEmpty();
    }

    @Test
    void anUnregisteredARevokedOrAMovedClientIsRefused() {
        assertThatThrownBy(() -> tokens.convert(systemToken("isdip-portal-admin", null)))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(SystemClientTokens.UNREGISTERED);
        assertThatThrownBy(() -> tokens.convert(systemToken("isdip-api-dha-old-5e6f", "/departments/dha",
                "dept-user")))
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(SystemClientTokens.REVOKED);
        // Keycloak now says another department than the register: refused, not trusted either way.
        assertThatThrownBy(() -> tokens.convert(systemToken("isdip-api-dha-call-centre-1a2b",
                "/departments/gp-health", "dept-user")))
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode())
                .isEqualTo(SystemClientTokens.REVOKED);
    }

    private static Jwt systemToken(String clientId, String group, String... roles) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", "sa-" + clientId);
        claims.put("client_id", clientId);
        claims.put("azp", clientId);
        claims.put("preferred_username", "service-account-" + clientId);
        claims.put("roles", List.of(roles));
        if (group != null) {
            claims.put("groups", List.of(group));
        }
        return jwt(claims);
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Instant now = Instant.now();
        return new Jwt("token", now, now.plusSeconds(300), Map.of("alg", "RS256"), claims);
    }
}
