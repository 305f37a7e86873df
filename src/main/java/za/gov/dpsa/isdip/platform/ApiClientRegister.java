package za.gov.dpsa.isdip.platform;

import java.util.Optional;

/**
 * The portal's register of API clients: which Keycloak clients may call the API, for which department, at what
 * rate, and whether they were revoked. The API's security asks it on every call, so a revoked client is refused at
 * once, not only when its last token expires. The accounts module keeps the register (it creates the clients in
 * Keycloak); without it, no client is registered.
 */
public interface ApiClientRegister {

    /** The client with this Keycloak client id, revoked or not; empty when the portal never registered it. */
    Optional<RegisteredClient> find(String clientId);

    /**
     * @param departmentId the department the client works for; empty for a DPSA analytics client
     * @param requestsPerMinute the client's own rate limit
     * @param active false once revoked
     */
    record RegisteredClient(String clientId, Optional<String> departmentId, int requestsPerMinute, boolean active) {
    }
}
