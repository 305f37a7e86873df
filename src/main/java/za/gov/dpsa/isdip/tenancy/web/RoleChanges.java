package za.gov.dpsa.isdip.tenancy.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.tenancy.data.platform.RoleChangeEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.RoleChangeRepository;

/**
 * Role changes a department administrator made while the colleague may have a portal session: a session that began
 * before the change ends at its next request, and the colleague, still signed on at Keycloak, comes back at once
 * with a token carrying the new roles. A removed administrator role thus stops working at the next click, not at
 * the next sign-in. A session begins when its user signs in, by the portal's clock (so Keycloak's clock, and its
 * token times in whole seconds, cannot send anyone round in sign-ins); a session from before this was recorded
 * begins at the earlier of its first request and its ID token's issue time. Kept in the platform database, to the
 * millisecond, so that every portal instance learns of it; each instance reads it at most every
 * {@link DisabledAccounts#REFRESH}. Instances are expected to keep their clocks in step (NTP).
 */
@Component
public class RoleChanges {

    /** When this portal session was first seen signed in, by the portal's clock. */
    public static final String SESSION_STARTED = RoleChanges.class.getName() + ".sessionStarted";

    private final RoleChangeRepository repository;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final PlatformSnapshot<Map<String, Instant>> changes;

    @Autowired
    RoleChanges(RoleChangeRepository repository, TenantWork tenantWork, Clock clock) {
        this(repository, tenantWork, clock, DisabledAccounts.REFRESH);
    }

    public RoleChanges(RoleChangeRepository repository, TenantWork tenantWork, Clock clock, Duration refresh) {
        this.repository = repository;
        this.tenantWork = tenantWork;
        this.clock = clock;
        this.changes = new PlatformSnapshot<>(() -> tenantWork.inPlatform(() -> repository.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(RoleChangeEntity::getUsername, RoleChangeEntity::getChangedAt))),
                Map.of(), clock, refresh);
    }

    public void changed(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        // Saving an entity with a known id merges it: one row per account, holding the latest change.
        tenantWork.inPlatform(() -> {
            repository.save(new RoleChangeEntity(key, now));
        });
        changes.reload();
    }

    /** Stamps the session in which a user has just signed in (the request is bound to the thread by then). */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SESSION_STARTED, clock.instant());
            }
        }
    }

    /**
     * Whether the user's roles changed after this session began. A session seen for the first time is stamped with
     * the earlier of now and {@code tokenIssuedAt} (null when unknown), and checked at once.
     */
    public boolean outdated(String username, Instant tokenIssuedAt, HttpSession session) {
        if (username == null || session == null) {
            return false;
        }
        Instant started;
        if (session.getAttribute(SESSION_STARTED) instanceof Instant stamped) {
            started = stamped;
        } else {
            Instant now = clock.instant();
            started = tokenIssuedAt != null && tokenIssuedAt.isBefore(now) ? tokenIssuedAt : now;
            session.setAttribute(SESSION_STARTED, started);
        }
        Instant changedAt = changes.current().get(username.toLowerCase(Locale.ROOT));
        // Both to the millisecond, as stored; a change in the session's own millisecond counts as after it.
        return changedAt != null && !changedAt.isBefore(started.truncatedTo(ChronoUnit.MILLIS));
    }
}
