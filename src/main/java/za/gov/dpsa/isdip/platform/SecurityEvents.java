package za.gov.dpsa.isdip.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import za.gov.dpsa.isdip.platform.data.platform.SecurityEventEntity;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Security events: look-ups of records the user's department does not hold or the user may not open, and
 * navigations to addresses the user's role may not open or that do not exist. DPSA reads them in the audit view.
 * <p>
 * Bounded by design, so that a flood of refusals cannot become a denial of service: refusals are counted in
 * memory per user, context (department), kind and minute (at most {@value #MAX_PENDING} such counts wait) and
 * added to one row per count in the platform table {@code security_event} every few seconds, whatever their
 * number. Every refusal is counted in {@code isdip.security.refusals} (tag {@code kind}). A user refused
 * {@code isdip.security.probe-threshold} (10) times within {@value #WINDOW_MINUTES} minutes (counted per minute;
 * the last {@value #MAX_TRACKED_USERS} users are followed) raises an alert: {@code isdip.security.probe.alerts}
 * counts it, {@code isdip.security.probing.users} shows the users above the threshold now, the log says so and
 * every DPSA super-admin gets a notification, at most once per user per window.
 */
@Service
public class SecurityEvents implements DisposableBean {

    /** What was refused. */
    public enum Kind {
        /** A record (a case id or reference, an escalation) the user's department does not hold. */
        NOT_FOUND,
        /** A record of the department the user may not open (a citizen's details, say). */
        DENIED,
        /** A view the user's role may not open. */
        NAVIGATION_DENIED,
        /** An address that does not exist, or whose record the view did not find. */
        ADDRESS_NOT_FOUND
    }

    /** An aggregated row as DPSA reads it: refusals of one user, in one context and minute, of one kind. */
    public record Event(Instant minute, Instant firstAt, Instant lastAt, String username, String departmentId,
                        String departmentName, Kind kind, String firstAsked, String lastAsked, long refusals) {
    }

    /**
     * The message a view passes to {@code rerouteToError(NotFoundException.class, ...)} when the service it called
     * has recorded the refusal already, so that the "not found" page does not record it a second time.
     */
    public static final String RECORDED = "isdip:security-event-recorded";

    static final int MAX_PENDING = 10_000;
    static final int MAX_TRACKED_USERS = 10_000;
    static final int WINDOW_MINUTES = 10;
    static final int MAX_ASKED = 200;
    static final int MAX_LISTED = 500;
    public static final String REFUSALS_METER = "isdip.security.refusals";
    public static final String ALERTS_METER = "isdip.security.probe.alerts";
    public static final String PROBING_METER = "isdip.security.probing.users";
    static final String UNSTORED_METER = "isdip.security.refusals.unstored";

    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);
    private static final String UPSERT = "insert into security_event (minute_start, username, department_id, kind,"
            + " first_asked, last_asked, first_at, last_at, refusals) values (:minute, :username, :department, :kind,"
            + " :firstAsked, :lastAsked, :firstAt, :lastAt, :refusals) on duplicate key update last_asked = :lastAsked,"
            + " last_at = greatest(last_at, :lastAt), refusals = refusals + :refusals";

    private final TenantWork tenantWork;
    private final EntityManager entityManager;
    private final Notifications notifications;
    private final DepartmentDirectory directory;
    private final Clock clock;
    private final int threshold;
    private final Duration retention;
    private final Map<Kind, Counter> refusalCounters = new EnumMap<>(Kind.class);
    private final Counter alerts;
    private final Counter unstored;

    /** Counts waiting to be stored; guarded by itself. */
    private final Map<Key, Pending> pending = new HashMap<>();
    /** Each followed user's refusals in the last minutes, least recently refused first; guarded by itself. */
    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_TRACKED_USERS;
        }
    };
    private volatile Instant lastPrune = Instant.EPOCH;

    SecurityEvents(TenantWork tenantWork, EntityManager entityManager, Notifications notifications,
                   DepartmentDirectory directory, Clock clock, MeterRegistry registry,
                   @Value("${isdip.security.probe-threshold:10}") int threshold,
                   @Value("${isdip.security.events-retention:P365D}") Duration retention) {
        this.tenantWork = tenantWork;
        this.entityManager = entityManager;
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
        this.threshold = Math.max(1, threshold);
        this.retention = retention;
        for (Kind kind : Kind.values()) {
            refusalCounters.put(kind, Counter.builder(REFUSALS_METER)
                    .description("Refused look-ups and navigations, by kind")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        alerts = Counter.builder(ALERTS_METER)
                .description("Users refused at least the probe threshold within the window (possible probing)")
                .register(registry);
        unstored = Counter.builder(UNSTORED_METER)
                .description("Refusals counted but not stored because too many counts were waiting")
                .register(registry);
        Gauge.builder(PROBING_METER, this, SecurityEvents::probingUsers)
                .description("Users refused at least the probe threshold within the last window")
                .register(registry);
    }

    // ---- recording ------------------------------------------------------------------------------------------

    /**
     * Records that the signed-in user was refused {@code asked} (a case reference, an address), in the context
     * the user works in. Costs no database work, except when the user crosses the probe threshold.
     */
    public void refused(Kind kind, String asked) {
        PortalUser user = PortalUser.current().orElse(null);
        if (user == null) {
            return;
        }
        Instant now = clock.instant();
        String department = TenantContext.currentTenant();
        String what = clean(asked);
        long minute = Math.floorDiv(now.getEpochSecond(), 60);
        refusalCounters.get(kind).increment();
        synchronized (pending) {
            Key key = new Key(minute, user.username(), department, kind);
            Pending counted = pending.get(key);
            if (counted != null) {
                counted.add(what, now);
            } else if (pending.size() < MAX_PENDING) {
                pending.put(key, new Pending(what, now));
            } else {
                unstored.increment();
            }
        }
        int inWindow;
        boolean alert;
        synchronized (windows) {
            Window window = windows.computeIfAbsent(user.username(), u -> new Window());
            inWindow = window.add(minute);
            alert = inWindow >= threshold
                    && (window.alertedMinute == Long.MIN_VALUE || minute - window.alertedMinute >= WINDOW_MINUTES);
            if (alert) {
                window.alertedMinute = minute;
            }
        }
        if (alert) {
            raiseAlert(user, department, inWindow, what);
        }
    }

    private void raiseAlert(PortalUser user, String department, int refusals, String lastAsked) {
        alerts.increment();
        log.warn("Possible probing: {} (context {}) was refused {} look-ups or addresses within {} minutes; last: {}",
                user.username(), department, refusals, WINDOW_MINUTES, lastAsked);
        try {
            flush();
            tenantWork.inPlatform(() -> notifications.notifyRole(PortalRole.DPSA_ADMIN,
                    "notification.security.probing", List.of(user.username(), departmentName(department)
                            .orElse(department), String.valueOf(refusals), String.valueOf(WINDOW_MINUTES)), "audit"));
        } catch (RuntimeException e) {
            // The counter and the log line stand; a notice that cannot be stored must not fail the user's request.
            log.warn("The probing notice for DPSA could not be stored: {}", e.getMessage());
        }
    }

    /** Users whose refusals within the window reach the threshold now. */
    int probingUsers() {
        long minute = Math.floorDiv(clock.instant().getEpochSecond(), 60);
        synchronized (windows) {
            return (int) windows.values().stream().filter(w -> w.count(minute) >= threshold).count();
        }
    }

    // ---- storing --------------------------------------------------------------------------------------------

    /**
     * Adds the waiting counts to the platform table: one statement per user, context, kind and minute. No claim
     * across instances (ShedLock) on purpose: each instance stores its own counts and the upsert adds them up; the
     * hourly pruning is a DELETE by age that two instances may both run.
     */
    @Scheduled(initialDelayString = "${isdip.security.events-flush:PT10S}",
            fixedDelayString = "${isdip.security.events-flush:PT10S}")
    public void flush() {
        Map<Key, Pending> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                batch = Map.of();
            } else {
                batch = new HashMap<>(pending);
                pending.clear();
            }
        }
        if (!batch.isEmpty()) {
            try {
                tenantWork.inPlatform(() -> batch.forEach(this::store));
            } catch (RuntimeException e) {
                log.warn("Security events could not be stored ({}); kept for the next try", e.getMessage());
                synchronized (pending) {
                    batch.forEach((key, counted) -> {
                        Pending waiting = pending.get(key);
                        if (waiting != null) {
                            waiting.merge(counted);
                        } else if (pending.size() < MAX_PENDING) {
                            pending.put(key, counted);
                        } else {
                            unstored.increment(counted.refusals);
                        }
                    });
                }
            }
        }
        forgetQuietUsers();
        pruneOnceAnHour();
    }

    private void store(Key key, Pending counted) {
        entityManager.createNativeQuery(UPSERT)
                .setParameter("minute", Instant.ofEpochSecond(key.minute() * 60))
                .setParameter("username", key.username())
                .setParameter("department", key.department())
                .setParameter("kind", key.kind().name())
                .setParameter("firstAsked", counted.firstAsked)
                .setParameter("lastAsked", counted.lastAsked)
                .setParameter("firstAt", counted.firstAt)
                .setParameter("lastAt", counted.lastAt)
                .setParameter("refusals", counted.refusals)
                .executeUpdate();
    }

    private void forgetQuietUsers() {
        long minute = Math.floorDiv(clock.instant().getEpochSecond(), 60);
        synchronized (windows) {
            windows.values().removeIf(w -> w.latestMinute <= minute - WINDOW_MINUTES
                    && (w.alertedMinute == Long.MIN_VALUE || w.alertedMinute <= minute - WINDOW_MINUTES));
        }
    }

    /** Rows older than {@code isdip.security.events-retention} (a year) go, checked once an hour. */
    private void pruneOnceAnHour() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(Duration.ofHours(1)) < 0) {
            return;
        }
        lastPrune = now;
        try {
            int removed = tenantWork.inPlatform(() -> entityManager
                    .createNativeQuery("delete from security_event where minute_start < :before")
                    .setParameter("before", now.minus(retention)).executeUpdate());
            if (removed > 0) {
                log.info("Removed {} security event rows older than {}", removed, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Old security events could not be removed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Security events waiting at shutdown could not be stored: {}", e.getMessage());
        }
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * The newest refusals (at most {@value #MAX_LISTED} rows), for DPSA super-admins; {@code text} narrows to a
     * username, department id or what was asked.
     */
    public List<Event> recent(String text) {
        PortalUser user = PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Security events are for DPSA super-admins"));
        flush();
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        List<SecurityEventEntity> rows = tenantWork.inPlatform(() -> {
            String where = like == null ? "" : " where lower(e.username) like :text or lower(e.departmentId) like :text"
                    + " or lower(e.firstAsked) like :text or lower(e.lastAsked) like :text";
            var query = entityManager.createQuery("select e from SecurityEventEntity e" + where
                    + " order by e.lastAt desc, e.id desc", SecurityEventEntity.class).setMaxResults(MAX_LISTED);
            if (like != null) {
                query.setParameter("text", like);
            }
            return query.getResultList();
        });
        List<Event> events = new ArrayList<>(rows.size());
        for (SecurityEventEntity e : rows) {
            events.add(new Event(e.getMinuteStart(), e.getFirstAt(), e.getLastAt(), e.getUsername(),
                    e.getDepartmentId(), departmentName(e.getDepartmentId()).orElse(null), Kind.valueOf(e.getKind()),
                    e.getFirstAsked(), e.getLastAsked(), e.getRefusals()));
        }
        log.debug("{} read {} security events", user.username(), events.size());
        return events;
    }

    private java.util.Optional<String> departmentName(String tenant) {
        if (TenantContext.PLATFORM.equals(tenant) || TenantContext.NONE.equals(tenant)) {
            return java.util.Optional.empty();
        }
        return directory.find(tenant).map(Department::name);
    }

    /** What was asked, as one line of at most {@value #MAX_ASKED} characters. */
    static String clean(String asked) {
        if (asked == null || asked.isBlank()) {
            return "-";
        }
        String line = asked.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (line.length() <= MAX_ASKED) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(MAX_ASKED - 1)) ? MAX_ASKED - 1 : MAX_ASKED;
        return line.substring(0, end);
    }

    private record Key(long minute, String username, String department, Kind kind) {
    }

    /** Refusals of one key not yet stored. */
    private static final class Pending {
        private final String firstAsked;
        private final Instant firstAt;
        private String lastAsked;
        private Instant lastAt;
        private long refusals;

        Pending(String asked, Instant at) {
            this.firstAsked = asked;
            this.firstAt = at;
            this.lastAsked = asked;
            this.lastAt = at;
            this.refusals = 1;
        }

        void add(String asked, Instant at) {
            lastAsked = asked;
            lastAt = at;
            refusals++;
        }

        void merge(Pending earlier) {
            refusals += earlier.refusals;
        }
    }

    /** A user's refusals per minute over the last {@value #WINDOW_MINUTES} minutes: fixed size. */
    private static final class Window {
        private final long[] minutes = new long[WINDOW_MINUTES];
        private final int[] counts = new int[WINDOW_MINUTES];
        private long latestMinute = Long.MIN_VALUE;
        private long alertedMinute = Long.MIN_VALUE;

        Window() {
            java.util.Arrays.fill(minutes, Long.MIN_VALUE);
        }

        /** Counts one refusal in this minute; the refusals within the window, this one included. */
        int add(long minute) {
            int slot = (int) Math.floorMod(minute, (long) WINDOW_MINUTES);
            if (minutes[slot] != minute) {
                minutes[slot] = minute;
                counts[slot] = 0;
            }
            counts[slot]++;
            latestMinute = Math.max(latestMinute, minute);
            return count(minute);
        }

        int count(long now) {
            int total = 0;
            for (int i = 0; i < WINDOW_MINUTES; i++) {
                if (minutes[i] != Long.MIN_VALUE && minutes[i] > now - WINDOW_MINUTES && minutes[i] <= now) {
                    total += counts[i];
                }
            }
            return total;
        }
    }
}
