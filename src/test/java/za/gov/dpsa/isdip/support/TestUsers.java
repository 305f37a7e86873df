package za.gov.dpsa.isdip.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import za.gov.dpsa.isdip.platform.security.PortalUserMapping;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** Signed-in users for tests, built through the same token mapping the real sign-in uses. */
public final class TestUsers {

    private TestUsers() {
    }

    /**
     * @param department a department id, or null
     * @param roles      realm role names as Keycloak sends them
     */
    public static PortalUser user(String username, String department, String... roles) {
        return userWithTokenIssuedAt(Instant.now(), username, department, roles);
    }

    /** A user whose ID token says it was issued at {@code issuedAt} (by Keycloak's clock). */
    public static PortalUser userWithTokenIssuedAt(Instant issuedAt, String username, String department,
                                                   String... roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "test-" + username);
        claims.put("preferred_username", username);
        claims.put("name", "Test " + username);
        claims.put("roles", List.of(roles));
        if (department != null) {
            claims.put("groups", List.of("/departments/" + department));
        }
        OidcIdToken token = new OidcIdToken("token-" + username, issuedAt, issuedAt.plusSeconds(3600), claims);
        return PortalUserMapping.fromToken(token, null, List.of(new SimpleGrantedAuthority("OIDC_USER")),
                id -> true);
    }

    public static SecurityContext contextOf(PortalUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"));
        return context;
    }

    /** Runs the work as this user on the current thread. */
    public static void runAs(PortalUser user, Runnable work) {
        callAs(user, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work as this user on the current thread and returns its result; exceptions pass through. */
    public static <T> T callAs(PortalUser user, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(contextOf(user));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
