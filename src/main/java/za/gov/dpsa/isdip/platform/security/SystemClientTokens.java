package za.gov.dpsa.isdip.platform.security;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;

import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * Reads who calls the API from a validated Keycloak access token. A system's token comes from the client
 * credentials grant: its subject is the client's service account ({@code service-account-<client id>}), whose
 * department group and realm roles place it exactly as a person's would be placed. The portal then asks its
 * register: a client it never registered, or one that was revoked, is refused at once, even while its last token is
 * still valid; so is a token whose department no longer matches the register's.
 * <p>
 * A person's token (a signed-in official's) is valid, but not for the API: it becomes an authentication without the
 * API's authority, which the API answers with a problem saying it needs a system's token.
 */
final class SystemClientTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
    /** The error codes {@link ApiAuthenticationProblems} turns into problem kinds. */
    static final String UNREGISTERED = "client_unregistered";
    static final String REVOKED = "client_revoked";

    private final ObjectProvider<ApiClientRegister> register;
    private final Predicate<String> departmentExists;

    SystemClientTokens(ObjectProvider<ApiClientRegister> register, Predicate<String> departmentExists) {
        this.register = register;
        this.departmentExists = departmentExists;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        // Keycloak marks a token of the client credentials grant with client_id (its service_account scope) and names
        // its subject service-account-<client id>; a person's token from the portal's sign-in has neither, and always
        // names the person. A token naming nobody is a client's, whichever scopes it has.
        String username = jwt.getClaimAsString("preferred_username");
        boolean person = username != null && !username.startsWith(SERVICE_ACCOUNT_PREFIX)
                && jwt.getClaimAsString("client_id") == null;
        String clientId = Optional.ofNullable(jwt.getClaimAsString("client_id")).orElse(jwt.getClaimAsString("azp"));
        boolean system = !person && clientId != null;
        if (!system) {
            return new PersonToken(jwt);
        }
        ApiClientRegister.RegisteredClient registered = register.stream().findFirst()
                .flatMap(r -> r.find(clientId))
                .orElseThrow(() -> refused(UNREGISTERED, "Client " + clientId + " is not registered with the portal"));
        if (!registered.active()) {
            throw refused(REVOKED, "Client " + clientId + " was revoked");
        }
        PortalUserMapping.Placement placement = PortalUserMapping.place(jwt.getClaims(), jwt.getSubject(),
                departmentExists);
        if (!Objects.equals(placement.departmentId(), registered.departmentId().orElse(null))) {
            // The register and Keycloak disagree (the service account was moved to another group): trust neither.
            throw refused(REVOKED, "Client " + clientId + " is in department " + placement.departmentId()
                    + " in Keycloak but registered for " + registered.departmentId().orElse("none"));
        }
        if (placement.departmentId() != null) {
            // A department's system may not hold DPSA's role, whatever Keycloak says.
            placement.roles().remove(PortalRole.DPSA_ANALYTICS);
        }
        Set<GrantedAuthority> authorities = new HashSet<>();
        authorities.add(new SimpleGrantedAuthority(SystemClient.AUTHORITY));
        placement.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        OidcIdToken token = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(),
                jwt.getClaims());
        SystemClient client = new SystemClient(authorities, token, placement.departmentId(), placement.roles(),
                clientId);
        SystemClientAuthentication authentication = new SystemClientAuthentication(client, jwt, authorities);
        // The client's own rate, for the limits filter.
        authentication.setDetails(registered.requestsPerMinute());
        return authentication;
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }

    /** An authenticated system client. */
    static final class SystemClientAuthentication extends AbstractAuthenticationToken {
        private final SystemClient client;
        private final Jwt token;

        SystemClientAuthentication(SystemClient client, Jwt token, Set<GrantedAuthority> authorities) {
            super(authorities);
            this.client = client;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return client;
        }

        @Override
        public String getName() {
            return client.username();
        }
    }

    /** A person's valid token, presented to the API: authenticated, with no authority there. */
    static final class PersonToken extends AbstractAuthenticationToken {
        private final Jwt token;

        PersonToken(Jwt token) {
            super(Set.of());
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return token.getSubject();
        }
    }
}
