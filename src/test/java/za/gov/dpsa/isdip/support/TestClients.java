package za.gov.dpsa.isdip.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * API clients for tests, as the API's security would build them from a client-credentials token: the service
 * account's name, the API client authority and the realm roles' authorities.
 */
public final class TestClients {

    private TestClients() {
    }

    /** A department's own system: {@code dept-user} in its department. */
    public static SystemClient department(String clientId, String departmentId) {
        return client(clientId, departmentId, EnumSet.of(PortalRole.DEPT_USER));
    }

    /** DPSA's analytics platform: {@code dpsa-analytics}, no department. */
    public static SystemClient analytics(String clientId) {
        return client(clientId, null, EnumSet.of(PortalRole.DPSA_ANALYTICS));
    }

    public static SystemClient client(String clientId, String departmentId, Set<PortalRole> roles) {
        String account = "service-account-" + clientId;
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("token-" + clientId, now, now.plusSeconds(300),
                Map.of("sub", account, "preferred_username", account));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SystemClient.AUTHORITY));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return new SystemClient(authorities, token, departmentId, roles, clientId);
    }

    /** The client signed in, for MockMvc's {@code authentication(...)}. */
    public static Authentication authenticationOf(SystemClient client) {
        return new TestingAuthenticationToken(client, null, client.getAuthorities().toArray(GrantedAuthority[]::new));
    }
}
