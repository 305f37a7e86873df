package za.gov.dpsa.isdip.tenancy;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A department's own system (or DPSA's analytics platform) calling the API with a Keycloak access token from the
 * client credentials grant. It is a {@link PortalUser} so that every service applies the same rules to it as to a
 * person: its department comes from the token (its service account's department group), its roles from the
 * token's realm roles. It acts under its service account's name ({@code service-account-<client id>}), which the
 * case timeline and the audit trail show.
 */
public final class SystemClient extends PortalUser {

    /** The authority every registered, active API client holds; API endpoints require it. */
    public static final String AUTHORITY = "ROLE_api-client";

    private final String clientId;

    public SystemClient(Collection<? extends GrantedAuthority> authorities, OidcIdToken accessToken,
                        String departmentId, Set<PortalRole> roles, String clientId) {
        super(authorities, accessToken, null, departmentId, roles);
        this.clientId = clientId;
    }

    /** The Keycloak client id, the key of the portal's register of API clients. */
    public String clientId() {
        return clientId;
    }

    /** DPSA's analytics: reads what departments submitted, in the platform context. */
    public boolean readsAcrossDepartments() {
        return hasRole(PortalRole.DPSA_ANALYTICS) && departmentId().isEmpty();
    }

    @Override
    public String homeTenant() {
        if (readsAcrossDepartments()) {
            return TenantContext.PLATFORM;
        }
        return departmentId().isPresent() && roles().stream().anyMatch(PortalRole::isDepartmentRole)
                ? departmentId().orElseThrow() : TenantContext.NONE;
    }

    @Override
    public String displayName() {
        return clientId;
    }
}
