package za.gov.dpsa.isdip.tenancy;

import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which database the current unit of work may touch: one department's, the platform's, or none.
 * <p>
 * Hibernate asks this class for the tenant of every session it opens. By default the answer comes from
 * the signed-in user ({@link PortalUser#homeTenant()}); {@link #bind(String)} overrides it for a request or
 * a job, and is used only by the tenancy module itself: the request filter (from the user's token and an
 * audited DPSA entry), the platform store and onboarding. No request parameter, path or form field reaches it.
 */
public final class TenantContext {

    /** The platform database: the department registry and what DPSA owns. */
    public static final String PLATFORM = "platform";
    /** No context: every database access fails. */
    public static final String NONE = "none";

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The tenant of the current unit of work. */
    public static String currentTenant() {
        String bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return user.homeTenant();
        }
        return NONE;
    }

    public static boolean isPlatform() {
        return PLATFORM.equals(currentTenant());
    }

    /**
     * Binds a tenant to this thread until the returned scope closes; the previous binding comes back then.
     * Use with try-with-resources.
     */
    public static Scope bind(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        String previous = BOUND.get();
        BOUND.set(tenant);
        return () -> {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        };
    }

    /** A binding that ends when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
