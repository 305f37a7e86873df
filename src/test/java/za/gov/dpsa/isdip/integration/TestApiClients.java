package za.gov.dpsa.isdip.integration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * API clients for the webhook tests: a register of clients the tests fill (until the accounts module keeps the real
 * one), and {@link SystemClient}s as a client's access token would describe them.
 */
@TestConfiguration
public class TestApiClients {

    /** The register the tests fill; primary, so that it wins over the accounts module's once there is one. */
    @Bean
    @Primary
    Register testApiClientRegister() {
        return new Register();
    }

    public static final class Register implements ApiClientRegister {

        private final Map<String, RegisteredClient> clients = new ConcurrentHashMap<>();

        @Override
        public Optional<RegisteredClient> find(String clientId) {
            return Optional.ofNullable(clients.get(clientId));
        }

        /** Registers (or re-registers) the client, active or revoked. */
        public void put(SystemClient client, boolean active) {
            clients.put(client.clientId(), new RegisteredClient(client.clientId(), client.departmentId(), 600, active));
        }
    }

    /** A department's system: its service account in the department, with the dept-user role. */
    public static SystemClient departmentClient(String clientId, String departmentId) {
        return client(clientId, departmentId, PortalRole.DEPT_USER);
    }

    /** DPSA's analytics platform: no department, the dpsa-analytics role. */
    public static SystemClient analyticsClient(String clientId) {
        return client(clientId, null, PortalRole.DPSA_ANALYTICS);
    }

    private static SystemClient client(String clientId, String departmentId, PortalRole role) {
        Map<String, Object> claims = Map.of("sub", "service-account-" + clientId,
                "preferred_username", "service-account-" + clientId);
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("token-" + clientId, now, now.plusSeconds(300), claims);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(SystemClient.AUTHORITY));
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        return new SystemClient(authorities, token, departmentId, Set.of(role), clientId);
    }
}
