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
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.tenancy.data.RoleChangeEntity;
import za.gov.dpsa.isdip.tenancy.data.RoleChangeRepository;

/**
 * Role changes a department administrator made while the colleague may have a portal session: a session that began
 * before the change ends at its next request, and the colleague, still signed on at Keycloak, comes back at once
 * with a token carrying the new roles. A removed administrator role thus stops working at the next click, not at
 * the next sign-in. The portal's own clock stamps both the session and the change, so a Keycloak clock a little
 * off cannot send a colleague round in sign-ins. Kept in the platform database so that every portal instance
 * learns of it; each instance reads it at most every {@link DisabledAccounts#REFRESH}.
 */
@Component
public class RoleChanges {

    /** When this portal session was first seen signed in, by the portal's clock. */
    static final String SESSION_STARTED = RoleChanges.class.getName() + ".sessionStarted";

    private final RoleChangeRepository repository;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final Duration refresh;
    private volatile Map<String, Instant> changes = Map.of();
    private volatile Instant loadedAt = Instant.MIN;

    @Autowired
    RoleChanges(RoleChangeRepository repository, TenantWork tenantWork, Clock clock) {
        this(repository, tenantWork, clock, DisabledAccounts.REFRESH);
    }

    public RoleChanges(RoleChangeRepository repository, TenantWork tenantWork, Clock clock, Duration refresh) {
        this.repository = repository;
        this.tenantWork = tenantWork;
        this.clock = clock;
        this.refresh = refresh;
    }

    public void changed(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        // Rounded up to the next whole second: MariaDB through Connector/J keeps no fraction of a second, and a
        // session begun in the same second as the change must count as begun before it (at worst one extra
        // silent sign-in, never a session keeping roles it lost).
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        // Saving an entity with a known id merges it: one row per account, holding the latest change.
        tenantWork.inPlatform(() -> {
            repository.save(new RoleChangeEntity(key, now));
        });
        reload();
    }

    /**
     * Whether the user's roles changed after this session began; a session seen for the first time is stamped now.
     */
    public boolean outdated(String username, HttpSession session) {
        if (username == null || session == null) {
            return false;
        }
        if (!(session.getAttribute(SESSION_STARTED) instanceof Instant started)) {
            session.setAttribute(SESSION_STARTED, clock.instant());
            return false;
        }
        if (loadedAt.plus(refresh).isBefore(clock.instant())) {
            reload();
        }
        Instant changedAt = changes.get(username.toLowerCase(Locale.ROOT));
        return changedAt != null && changedAt.isAfter(started);
    }

    private void reload() {
        changes = tenantWork.inPlatform(() -> repository.findAll().stream().collect(Collectors.toUnmodifiableMap(
                RoleChangeEntity::getUsername, RoleChangeEntity::getChangedAt)));
        loadedAt = clock.instant();
    }
}
