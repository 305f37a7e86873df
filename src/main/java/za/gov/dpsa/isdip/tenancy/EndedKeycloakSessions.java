package za.gov.dpsa.isdip.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.http.HttpSession;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.tenancy.data.platform.EndedKeycloakSessionEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.EndedKeycloakSessionRepository;
import za.gov.dpsa.isdip.tenancy.web.RoleChanges;

/**
 * Keycloak sessions that ended while portal sessions of them may live on other portal instances: Keycloak's
 * back-channel logout reaches one instance behind the load balancer, and a user signs out on one. Kept in the
 * platform database so that every instance ends its own portal sessions of them at their next request: by the ID
 * token's {@code sid}, or, when Keycloak named only the user ({@code sub}), every session of the user begun before
 * the end. Each instance reads what is new at most every {@link #REFRESH}, and knows its own records at once. Rows
 * go after {@code isdip.sessions.ended-retention}: by then every portal session begun before has made a request
 * (an open page's heartbeat, every five minutes) or expired (30 minutes idle).
 */
@Component
public class EndedKeycloakSessions {

    /** Why a Keycloak session ended: the meter's {@code reason} tag and the stored reason. */
    public enum Reason {
        /** Keycloak told the portal: an administrator ended it, or the user signed out of another client. */
        BACKCHANNEL,
        /** The user signed out of the portal. */
        SIGNOUT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Reason ofTag(String tag) {
            return valueOf(tag.toUpperCase(Locale.ROOT));
        }
    }

    public static final String METER = "isdip.sessions.ended";
    static final Duration REFRESH = Duration.ofSeconds(15);
    /**
     * Rows are read again from a little before the last read: a row written by another instance just before that
     * read may commit just after it. Instances are expected to keep their clocks in step (NTP).
     */
    private static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final String SID = "sid";
    private static final Logger log = LoggerFactory.getLogger(EndedKeycloakSessions.class);

    private record Ended(Instant at, Reason reason) {
    }

    private final EndedKeycloakSessionRepository repository;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final Duration refresh;
    private final Duration retention;
    private final MeterRegistry meters;
    private final Map<String, Ended> bySessionId = new ConcurrentHashMap<>();
    private final Map<String, Ended> bySubject = new ConcurrentHashMap<>();
    private final ReentrantLock reading = new ReentrantLock();
    /** When the last successful read began; null before the first. */
    private volatile Instant readAt;
    private volatile Instant nextReadAt = Instant.MIN;

    @Autowired
    EndedKeycloakSessions(EndedKeycloakSessionRepository repository, TenantWork tenantWork, Clock clock,
                          @Value("${isdip.sessions.ended-retention:PT12H}") Duration retention,
                          MeterRegistry meters) {
        this(repository, tenantWork, clock, REFRESH, retention, meters);
    }

    public EndedKeycloakSessions(EndedKeycloakSessionRepository repository, TenantWork tenantWork, Clock clock,
                                 Duration refresh, Duration retention, MeterRegistry meters) {
        this.repository = repository;
        this.tenantWork = tenantWork;
        this.clock = clock;
        this.refresh = refresh;
        this.retention = retention;
        this.meters = meters;
    }

    /** Keycloak's back-channel logout, its token already validated: the session {@code sid}, or all of {@code sub}. */
    public void endedByKeycloak(String sessionId, String subject) {
        record(sessionId, subject, Reason.BACKCHANNEL);
    }

    /** The user signs out of the portal (which ends this portal session and then the Keycloak session). */
    public void signedOut(OidcUser user) {
        String sessionId = user.getIdToken() == null ? null : user.getIdToken().getClaimAsString(SID);
        if (sessionId == null) {
            return; // Without a sid, ending every session of the user would sign them out of their other browsers.
        }
        meters.counter(METER, "reason", Reason.SIGNOUT.tag()).increment();
        try {
            record(sessionId, user.getSubject(), Reason.SIGNOUT);
        } catch (RuntimeException e) {
            // Signing out goes on (this session ends, then Keycloak's); Keycloak's back-channel logout still comes.
            log.warn("Could not record the sign-out of Keycloak session {}: {}", sessionId, e.toString());
        }
    }

    private void record(String sessionId, String subject, Reason reason) {
        if (sessionId == null && subject == null) {
            return;
        }
        Instant now = clock.instant();
        Ended ended = new Ended(now, reason);
        tenantWork.inPlatform(() -> {
            // A sign-out is followed by Keycloak's own back-channel logout of the same session: one row is enough.
            if (sessionId == null || !repository.existsByKeycloakSessionId(sessionId)) {
                repository.save(new EndedKeycloakSessionEntity(sessionId, subject, reason.tag(), now));
            }
            repository.deleteAll(repository.findByEndedAtEpochMilliLessThan(now.minus(retention).toEpochMilli()));
        });
        remember(sessionId, subject, ended);
        log.debug("Keycloak session {} of {} ended ({})", sessionId, subject, reason.tag());
    }

    /**
     * Whether the portal session of this user began in a Keycloak session that has ended since: then the caller
     * ends the portal session. Counted on {@value #METER} by the reason the Keycloak session ended.
     */
    public boolean ended(PortalUser user, HttpSession session) {
        if (session == null || user.getIdToken() == null) {
            return false;
        }
        readWhenDue();
        String sessionId = user.getIdToken().getClaimAsString(SID);
        Ended ended = sessionId == null ? null : bySessionId.get(sessionId);
        if (ended == null && user.getSubject() != null) {
            Ended ofUser = bySubject.get(user.getSubject());
            Instant started = sessionStarted(user, session);
            if (ofUser != null && started != null && !started.isAfter(ofUser.at())) {
                ended = ofUser;
            }
        }
        if (ended == null) {
            return false;
        }
        meters.counter(METER, "reason", ended.reason().tag()).increment();
        return true;
    }

    /** When the portal session began by the portal's clock (stamped at sign-in), else its ID token's issue time. */
    private static Instant sessionStarted(PortalUser user, HttpSession session) {
        if (session.getAttribute(RoleChanges.SESSION_STARTED) instanceof Instant stamped) {
            return stamped;
        }
        return user.getIdToken().getIssuedAt();
    }

    private void remember(String sessionId, String subject, Ended ended) {
        if (sessionId != null) {
            bySessionId.merge(sessionId, ended, (known, added) -> known.at().isAfter(added.at()) ? added : known);
        } else {
            bySubject.merge(subject, ended, (known, added) -> known.at().isAfter(added.at()) ? known : added);
        }
    }

    /**
     * Reads the rows recorded since the last read, when due. One thread reads; the others go on with what is
     * known, except before the first read, when they wait for it. A failed read keeps what is known.
     */
    private void readWhenDue() {
        if (clock.instant().isBefore(nextReadAt)) {
            return;
        }
        if (readAt == null) {
            reading.lock();
        } else if (!reading.tryLock()) {
            return;
        }
        try {
            if (!clock.instant().isBefore(nextReadAt)) {
                read();
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the ended Keycloak sessions, keeping those known: {}", e.toString());
        } finally {
            reading.unlock();
        }
    }

    private void read() {
        Instant started = clock.instant();
        nextReadAt = started.plus(refresh);
        Instant cutoff = started.minus(retention);
        Instant since = readAt == null || readAt.minus(OVERLAP).isBefore(cutoff) ? cutoff : readAt.minus(OVERLAP);
        var rows = tenantWork.inPlatform(() ->
                repository.findByEndedAtEpochMilliGreaterThanEqual(since.toEpochMilli()));
        for (EndedKeycloakSessionEntity row : rows) {
            remember(row.getKeycloakSessionId(), row.getSubject(), new Ended(row.getEndedAt(),
                    Reason.ofTag(row.getReason())));
        }
        bySessionId.values().removeIf(ended -> ended.at().isBefore(cutoff));
        bySubject.values().removeIf(ended -> ended.at().isBefore(cutoff));
        readAt = started;
    }
}
