package za.gov.dpsa.isdip.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The signed-in user as the portal sees them: who they are, which department the token places them in,
 * and their portal roles. Built once at sign-in from the Keycloak token and kept in the session.
 */
public class PortalUser extends DefaultOidcUser {

    private final String departmentId;
    private final Set<PortalRole> roles;

    public PortalUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                      String departmentId, Set<PortalRole> roles) {
        super(authorities, idToken, userInfo, "preferred_username");
        this.departmentId = departmentId;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * A user that platform jobs and the demo data act as, in a person's name, without a Keycloak sign-in: the
     * same roles and department rules apply as to the person signing in.
     */
    public static PortalUser acting(String username, String displayName, String departmentId, PortalRole... roles) {
        java.util.Map<String, Object> claims = new java.util.HashMap<>();
        claims.put("sub", "acting-" + username);
        claims.put("preferred_username", username);
        claims.put("name", displayName);
        OidcIdToken token = new OidcIdToken("acting", java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(1),
                claims);
        var authorities = java.util.Arrays.stream(roles)
                .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority()))
                .toList();
        return new PortalUser(authorities, token, null, departmentId, Set.of(roles));
    }

    /** Runs the work on this thread with this user signed in, then restores whoever was. */
    public void runAs(Runnable work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.oauth2.client.authentication
                .OAuth2AuthenticationToken(this, getAuthorities(), "keycloak"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    /** The signed-in portal user of this thread, if any. */
    public static Optional<PortalUser> current() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }

    /**
     * The department this user may act in right now: their own, and only while the work runs in its context.
     * A DPSA super-admin who entered another department, or who works in the platform context, acts in none.
     */
    public Optional<String> workingDepartment() {
        return departmentId != null && departmentId.equals(TenantContext.currentTenant())
                ? Optional.of(departmentId) : Optional.empty();
    }

    /** The department the token assigns, if any. */
    public Optional<String> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    public Set<PortalRole> roles() {
        return roles;
    }

    public boolean hasRole(PortalRole role) {
        return roles.contains(role);
    }

    public String username() {
        return getName();
    }

    public String displayName() {
        String fullName = getFullName();
        return fullName != null && !fullName.isBlank() ? fullName : getName();
    }

    /** DPSA super-admins and trainers work across departments, in the platform context. */
    public boolean worksAcrossDepartments() {
        return hasRole(PortalRole.DPSA_ADMIN) || hasRole(PortalRole.TRAINER);
    }

    /**
     * A user the portal can serve: a member of a department with a department role, or a cross-department role.
     * Anyone else sees only the "not assigned to a department" page.
     */
    public boolean isAssigned() {
        return worksAcrossDepartments()
                || (departmentId != null && roles.stream().anyMatch(PortalRole::isDepartmentRole));
    }

    /** The context this user's work runs in when nothing else was chosen explicitly. */
    public String homeTenant() {
        if (worksAcrossDepartments()) {
            return TenantContext.PLATFORM;
        }
        return isAssigned() ? departmentId : TenantContext.NONE;
    }
}
