package za.gov.dpsa.isdip.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.support.LockException;

/**
 * Runs each scheduled job once across portal instances. Before a job runs, this instance claims it in the platform
 * database (ShedLock's {@code shedlock} table, with the database's clock); an instance that finds the claim held
 * skips its run. A claim lasts while the job runs, at least {@link Job#lockAtLeastFor()} (so an instance whose
 * trigger fires a little later does not run it again) and at most {@link Job#lockAtMostFor()} (so the claim of an
 * instance that died mid-job expires). Every run is counted in {@code isdip.job.runs} (tags {@code job},
 * {@code outcome} = completed, failed or skipped) and timed in {@code isdip.job.duration} (tag {@code job}).
 * <p>
 * Claims go through a pool of their own (two connections): its connections always stay on the platform database,
 * whereas the application's pool switches catalogs for departments, and its sessions run in UTC, as ShedLock asks,
 * whatever time zone the application's sessions use.
 */
@Component
public class ClusterJobs implements DisposableBean {

    /** A job's name (its claim's key, at most 64 characters) and how long a claim lasts at most and at least. */
    public record Job(String name, Duration lockAtMostFor, Duration lockAtLeastFor) {
        public Job {
            if (name.isBlank() || name.length() > 64) {
                throw new IllegalArgumentException("A job's name has 1 to 64 characters: " + name);
            }
            if (lockAtLeastFor.isNegative() || lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
                throw new IllegalArgumentException("Job " + name + ": lockAtLeastFor must lie between 0 and lockAtMostFor");
            }
        }
    }

    /** What became of one run on this instance. */
    public enum Outcome {
        /** This instance held the claim and the job finished. */
        COMPLETED,
        /** The job threw (or its claim could not be made); it runs again at its next time. */
        FAILED,
        /** Another instance holds the claim. */
        SKIPPED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String RUNS = "isdip.job.runs";
    public static final String DURATION = "isdip.job.duration";
    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final HikariDataSource claimConnections;
    private final LockingTaskExecutor executor;
    private final MeterRegistry meters;
    private final String instanceName;
    private final Map<String, Meters> metersByJob = new ConcurrentHashMap<>();

    ClusterJobs(DataSourceProperties database, MeterRegistry meters,
                @Value("${isdip.jobs.instance-name:}") String instanceName) {
        this.meters = meters;
        this.instanceName = instanceName.isBlank() ? defaultInstanceName() : instanceName;
        this.claimConnections = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        claimConnections.setPoolName("isdip-job-claims");
        claimConnections.setMaximumPoolSize(2);
        claimConnections.setMinimumIdle(0);
        // ShedLock compares TIMESTAMP columns with UTC_TIMESTAMP(): every instance's session must read them in UTC.
        claimConnections.setConnectionInitSql("SET time_zone = '+00:00'");
        JdbcTemplateLockProvider provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(new PlatformCatalog(claimConnections)))
                .withTableName("shedlock")
                // The portal runs on MySQL or MariaDB only (jdbc:mysql URLs); named, so that a connection failure
                // at the first claim reads as such rather than as an unknown database.
                .withDatabaseProduct(DatabaseProduct.MY_SQL)
                .withLockedByValue(this.instanceName)
                .usingDbTime()
                .build());
        this.executor = new DefaultLockingTaskExecutor(provider);
    }

    /** The name this instance writes into {@code shedlock.locked_by}: host and process unless configured. */
    public String instanceName() {
        return instanceName;
    }

    /**
     * Runs the job here unless another instance holds its claim. Never throws for the job: a failure is logged
     * with the job's name and counted; the job's own work must leave nothing half-applied, so that its next run
     * completes it.
     */
    public Outcome run(Job job, Runnable work) {
        Meters jobMeters = metersByJob.computeIfAbsent(job.name(), this::register);
        try {
            LockingTaskExecutor.TaskResult<Void> result = executor.executeWithLock(() -> {
                long started = System.nanoTime();
                try {
                    work.run();
                } finally {
                    jobMeters.duration().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                }
                return null;
            }, new LockConfiguration(Instant.now(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor()));
            if (!result.wasExecuted()) {
                log.debug("Scheduled job {} skipped: another instance holds its claim", job.name());
                jobMeters.skipped().increment();
                return Outcome.SKIPPED;
            }
            jobMeters.completed().increment();
            return Outcome.COMPLETED;
        } catch (LockException e) {
            jobMeters.failed().increment();
            log.error("Scheduled job {} could not be claimed and did not run; it runs at its next time: {}",
                    job.name(), e.toString());
            return Outcome.FAILED;
        } catch (Error e) {
            jobMeters.failed().increment();
            throw e;
        } catch (Throwable e) {
            jobMeters.failed().increment();
            log.error("Scheduled job {} failed; it runs again at its next time", job.name(), e);
            return Outcome.FAILED;
        }
    }

    @Override
    public void destroy() {
        claimConnections.close();
    }

    /** All three outcomes are registered at once, so that a rate over any of them starts from zero. */
    private Meters register(String job) {
        return new Meters(counter(job, Outcome.COMPLETED), counter(job, Outcome.FAILED), counter(job, Outcome.SKIPPED),
                Timer.builder(DURATION).description("How long a scheduled job ran on this instance").tag("job", job)
                        .register(meters));
    }

    private Counter counter(String job, Outcome outcome) {
        return Counter.builder(RUNS).description("Scheduled job runs on this instance, by outcome")
                .tag("job", job).tag("outcome", outcome.tag()).register(meters);
    }

    private record Meters(Counter completed, Counter failed, Counter skipped, Timer duration) {
    }

    private static String defaultInstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        // Two instances on one host must not share a name: one could release the other's claim.
        return host + ":" + ProcessHandle.current().pid();
    }

    /**
     * Hands out connections on the platform database, the one the JDBC URL names, whatever a connection was last
     * pointed at; the name is read from the pool's first connection.
     */
    private static final class PlatformCatalog extends DelegatingDataSource {

        private volatile String platformDatabase;

        PlatformCatalog(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            try {
                String current = connection.getCatalog();
                if (platformDatabase == null) {
                    if (current == null || current.isBlank()) {
                        throw new SQLException("The database URL must name the platform database");
                    }
                    platformDatabase = current;
                } else if (!platformDatabase.equals(current)) {
                    connection.setCatalog(platformDatabase);
                }
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
    }
}
