package za.gov.dpsa.isdip.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;

import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Reads who the user is from the Keycloak token. Department membership is a Keycloak group under
 * {@code /departments/} (claim {@code groups}, full paths); roles are realm roles (claim {@code roles}, or
 * Keycloak's default {@code realm_access.roles}). A user the portal cannot place gets no portal role at all.
 */
public final class PortalUserMapping {

    static final String DEPARTMENT_GROUP_PREFIX = "/departments/";
    private static final Logger log = LoggerFactory.getLogger(PortalUserMapping.class);

    private PortalUserMapping() {
    }

    /**
     * @param departmentExists whether a department id from the token is onboarded and active
     */
    public static PortalUser fromToken(OidcIdToken idToken, OidcUserInfo userInfo,
                                       Collection<? extends GrantedAuthority> baseAuthorities,
                                       Predicate<String> departmentExists) {
        Map<String, Object> claims = new java.util.HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        Placement placement = place(claims, idToken.getSubject(), departmentExists);
        // A system's role: a person holding it (by a mistake in Keycloak) gains nothing from it.
        placement.roles().remove(PortalRole.DPSA_ANALYTICS);
        Set<GrantedAuthority> authorities = new HashSet<>(baseAuthorities);
        placement.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return new PortalUser(authorities, idToken, userInfo, placement.departmentId(), placement.roles());
    }

    /** Where a token places its holder: its department (or null) and its portal roles. */
    record Placement(String departmentId, Set<PortalRole> roles) {
    }

    /**
     * Reads the department and roles from a token's claims, the same way for a person's ID token and a system's
     * access token (its service account's groups and realm roles).
     */
    static Placement place(Map<String, Object> claims, String subject, Predicate<String> departmentExists) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (String name : roleNames(claims)) {
            PortalRole.fromRoleName(name).ifPresent(roles::add);
        }
        List<String> departments = stringList(claims.get("groups")).stream()
                .filter(group -> group.startsWith(DEPARTMENT_GROUP_PREFIX))
                .map(group -> group.substring(DEPARTMENT_GROUP_PREFIX.length()))
                .filter(id -> !id.isBlank() && !id.contains("/"))
                .distinct().toList();
        String departmentId = null;
        if (departments.size() == 1 && departmentExists.test(departments.getFirst())) {
            departmentId = departments.getFirst();
        } else if (departments.size() > 1) {
            log.warn("User {} belongs to {} departments; the portal needs exactly one", subject, departments.size());
        } else if (departments.size() == 1) {
            log.warn("User {} belongs to department '{}', which is not onboarded or not active", subject,
                    departments.getFirst());
        }
        // Department roles count only with a department.
        if (departmentId == null) {
            roles.removeIf(PortalRole::isDepartmentRole);
        }
        return new Placement(departmentId, roles);
    }

    private static List<String> roleNames(Map<String, Object> claims) {
        List<String> names = stringList(claims.get("roles"));
        if (!names.isEmpty()) {
            return names;
        }
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            return stringList(realmAccess.get("roles"));
        }
        return List.of();
    }

    private static List<String> stringList(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
