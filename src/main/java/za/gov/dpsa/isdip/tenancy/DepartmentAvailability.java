package za.gov.dpsa.isdip.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentRepository;
import za.gov.dpsa.isdip.tenancy.database.DatabaseServers;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Which departments this instance serves, and bringing the others back: a department whose database is on a server
 * that does not answer is {@link DepartmentStatus#UNAVAILABLE}; one whose schema is behind the running code is
 * {@link DepartmentStatus#UPDATING} while a bounded pool migrates it in the background, so start-up does not grow
 * with the number of departments; a failed migration is {@link DepartmentStatus#FAILED} and tried again later.
 * <p>
 * A department is current when the registry holds the checksum of this code's department changelog for it: then no
 * Liquibase is opened for it at all. Every half minute the registry is read again, so an instance learns of
 * departments onboarded, deactivated or migrated by another instance, and of servers that went down or came back.
 */
@Service
public class DepartmentAvailability implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DepartmentAvailability.class);
    /** How long a failed migration waits before it is tried again. */
    static final Duration RETRY_FAILED_AFTER = Duration.ofMinutes(5);

    private final DepartmentDatabases databases;
    private final DatabaseServers servers;
    private final DepartmentRepository departments;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final ExecutorService migrations;
    private final Set<String> migrating = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Timer migrated;
    private final Timer migrationFailed;

    DepartmentAvailability(DepartmentDatabases databases, DatabaseServers servers, DepartmentRepository departments,
                           DepartmentDirectory directory, TenantWork tenantWork, Clock clock,
                           @Value("${isdip.database.migration-threads:4}") int migrationThreads,
                           ObjectProvider<MeterRegistry> meters) {
        if (migrationThreads < 1 || migrationThreads > 32) {
            throw new IllegalStateException("isdip.database.migration-threads must be between 1 and 32, not "
                    + migrationThreads);
        }
        this.databases = databases;
        this.servers = servers;
        this.departments = departments;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.clock = clock;
        AtomicInteger threadNumber = new AtomicInteger();
        this.migrations = Executors.newFixedThreadPool(migrationThreads, runnable -> {
            Thread thread = new Thread(runnable, "department-migration-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            for (DepartmentStatus status : DepartmentStatus.values()) {
                Gauge.builder("isdip.departments", () -> count(status))
                        .description("Departments by whether this instance serves them")
                        .tag("state", status.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
            }
            migrated = Timer.builder("isdip.department.migration").tag("outcome", "migrated").register(registry);
            migrationFailed = Timer.builder("isdip.department.migration").tag("outcome", "failed").register(registry);
        } else {
            migrated = null;
            migrationFailed = null;
        }
    }

    /**
     * Whether this instance serves the department now. A department this instance has not looked at yet (onboarded
     * by another instance since its last look) is looked at now.
     */
    public DepartmentStatus status(String departmentId) {
        if (databases.route(departmentId).isEmpty() && departmentId != null) {
            lookAtNewcomer(departmentId);
        }
        return databases.status(departmentId);
    }

    private void lookAtNewcomer(String departmentId) {
        try {
            tenantWork.inPlatform(() -> departments.findById(departmentId))
                    .ifPresent(entity -> evaluate(entity, new HashMap<>()));
        } catch (RuntimeException e) {
            log.warn("Could not look up department {} in the registry: {}", departmentId, e.getMessage());
        }
    }

    public boolean serving(String departmentId) {
        return status(departmentId).serving();
    }

    /** Why a department is not served (a migration's error), for DPSA; empty when served or unknown. */
    public Optional<String> detail(String departmentId) {
        return databases.route(departmentId).map(DepartmentDatabases.Route::detail);
    }

    public Map<DepartmentStatus, Integer> counts() {
        Map<DepartmentStatus, Integer> counts = new EnumMap<>(DepartmentStatus.class);
        for (DepartmentStatus status : DepartmentStatus.values()) {
            counts.put(status, count(status));
        }
        return counts;
    }

    private int count(DepartmentStatus status) {
        return (int) databases.routes().values().stream().filter(r -> r.status() == status).count();
    }

    /**
     * Looks at every registered department once: current ones are served at once, those behind are queued for
     * migration, those on a server that does not answer are marked unavailable. Returns the ids of the registered
     * departments, without waiting for migrations.
     */
    Set<String> evaluateRegistry() {
        List<DepartmentEntity> registered = tenantWork.inPlatform(() -> departments.findAll());
        Map<String, Boolean> reachable = new HashMap<>();
        for (DepartmentEntity entity : registered) {
            Optional<DepartmentDatabases.Route> route = databases.route(entity.getId());
            DepartmentStatus now = route.map(DepartmentDatabases.Route::status).orElse(null);
            if (migrating.contains(entity.getId())) {
                continue;
            }
            if (now == DepartmentStatus.SERVING) {
                if (!reachable.computeIfAbsent(entity.getDatabaseServer(), servers::reachable)) {
                    databases.setRoute(entity.getId(), entity.getDatabaseServer(), DepartmentStatus.UNAVAILABLE, null);
                    log.warn("Department {}: database server '{}' does not answer; its officials see that it is "
                            + "unavailable", entity.getId(), entity.getDatabaseServer());
                }
                continue;
            }
            if (now == DepartmentStatus.FAILED && failedAt.getOrDefault(entity.getId(), Instant.MIN)
                    .plus(RETRY_FAILED_AFTER).isAfter(clock.instant())) {
                continue;
            }
            evaluate(entity, reachable);
        }
        return registered.stream().map(DepartmentEntity::getId).collect(java.util.stream.Collectors.toSet());
    }

    private void evaluate(DepartmentEntity entity, Map<String, Boolean> reachable) {
        String id = entity.getId();
        String server = entity.getDatabaseServer();
        if (!servers.isKnown(server)) {
            databases.setRoute(id, server, DepartmentStatus.FAILED, "database server '" + server
                    + "' is not configured");
            failedAt.put(id, clock.instant());
            log.error("Department {} is placed on database server '{}', which is not configured "
                    + "(isdip.database.servers.{}.url)", id, server, server);
            return;
        }
        if (!reachable.computeIfAbsent(server, servers::reachable)) {
            databases.setRoute(id, server, DepartmentStatus.UNAVAILABLE, null);
            return;
        }
        if (databases.changelogChecksum().equals(entity.getSchemaChecksum())) {
            boolean wasDown = databases.route(id).map(r -> !r.status().serving()).orElse(false);
            databases.setRoute(id, server, DepartmentStatus.SERVING, null);
            if (wasDown) {
                log.info("Department {} is served again", id);
            }
            return;
        }
        databases.setRoute(id, server, DepartmentStatus.UPDATING, null);
        migrateInBackground(id, server);
    }

    private void migrateInBackground(String id, String server) {
        if (!migrating.add(id)) {
            return;
        }
        pending.incrementAndGet();
        migrations.submit(() -> {
            long started = System.nanoTime();
            try {
                migrate(id, server);
                if (migrated != null) {
                    migrated.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                }
            } catch (RuntimeException e) {
                databases.setRoute(id, server, DepartmentStatus.FAILED, e.getMessage());
                failedAt.put(id, clock.instant());
                if (migrationFailed != null) {
                    migrationFailed.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                }
                log.error("Department {}: migration failed, tried again in {} min: {}", id,
                        RETRY_FAILED_AFTER.toMinutes(), e.getMessage(), e);
            } finally {
                migrating.remove(id);
                synchronized (pending) {
                    pending.decrementAndGet();
                    pending.notifyAll();
                }
            }
        });
    }

    /** Migrates one department now, records the changelog it has, and serves it. */
    void migrate(String id, String server) {
        databases.migrate(id);
        String checksum = databases.changelogChecksum();
        tenantWork.inPlatform(() -> departments.findById(id)
                .ifPresent(entity -> entity.schemaMigrated(checksum, clock.instant())));
        failedAt.remove(id);
        databases.setRoute(id, server, DepartmentStatus.SERVING, null);
    }

    /** Waits until no migration is queued or running (tests, and a start-up told to wait), at most {@code limit}. */
    public boolean awaitMigrations(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (pending) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(pending, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Chooses the server for a new department: the one named (it must be configured and answer), or the configured
     * server holding the fewest departments among those that answer, {@code primary} on a tie.
     */
    public String chooseServer(String requested) {
        if (requested != null && !requested.isBlank()) {
            if (!servers.isKnown(requested)) {
                throw new DepartmentInputException("databaseServer", "No database server '" + requested
                        + "' is configured", "dpsa.onboard.invalid.serverUnknown", List.of(requested));
            }
            if (!servers.reachable(requested)) {
                throw new DepartmentInputException("databaseServer", "Database server '" + requested
                        + "' does not answer", "dpsa.onboard.invalid.serverDown", List.of(requested));
            }
            return requested;
        }
        Map<String, Long> held = new HashMap<>();
        tenantWork.inPlatform(() -> departments.countByDatabaseServer())
                .forEach(row -> held.put((String) row[0], ((Number) row[1]).longValue()));
        List<String> names = List.copyOf(servers.names());
        return names.stream()
                .filter(servers::reachable)
                .min(Comparator.<String>comparingLong(name -> held.getOrDefault(name, 0L))
                        .thenComparingInt(names::indexOf))
                .orElseThrow(() -> new DepartmentInputException("databaseServer", "No database server answers",
                        "dpsa.onboard.invalid.serverDown", List.of(String.join(", ", names))));
    }

    /**
     * Every half minute: the registry again, servers that went down or came back, migrations to retry. Each instance
     * runs its own (what it serves is its own state), so no claim across instances is taken.
     */
    @Scheduled(initialDelayString = "${isdip.database.recheck-interval:PT30S}",
            fixedDelayString = "${isdip.database.recheck-interval:PT30S}")
    public void recheck() {
        try {
            directory.refresh();
            evaluateRegistry();
        } catch (RuntimeException e) {
            // The platform database itself may be down: keep what is known and look again next time.
            log.warn("Could not re-read the department registry: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        migrations.shutdownNow();
    }
}
