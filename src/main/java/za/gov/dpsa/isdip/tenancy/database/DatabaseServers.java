package za.gov.dpsa.isdip.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The MySQL servers that hold department databases, each with a connection pool of its own. A server is named in
 * configuration ({@code isdip.database.servers.<name>.url}, {@code .username}, {@code .password}); the registry
 * records only the name, so no address or password ever comes from the department files or the database.
 * <p>
 * The server {@code primary} is always there: unless configured with an account of its own, it is the platform
 * database's server, reached through the platform pool (the developer's run and the tests). Pools start without
 * a connection, so a server that is down at start-up does not stop the portal: its departments are shown as
 * unavailable and the others are served.
 */
@Component
public class DatabaseServers implements DisposableBean {

    public static final String PRIMARY = "primary";

    private static final Logger log = LoggerFactory.getLogger(DatabaseServers.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** One server's settings, from configuration (environment variables in production). */
    public record ServerSettings(String url, String username, String password, Integer maximumPoolSize) {
    }

    private final DataSource platformDataSource;
    private final Map<String, ServerSettings> configured;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final ObjectProvider<MeterRegistry> meters;
    private final long connectionTimeoutMillis;

    public DatabaseServers(DataSource platformDataSource, Environment environment,
                           ObjectProvider<MeterRegistry> meters) {
        this.platformDataSource = platformDataSource;
        this.meters = meters;
        this.connectionTimeoutMillis = environment.getProperty("isdip.database.connection-timeout",
                java.time.Duration.class, java.time.Duration.ofSeconds(5)).toMillis();
        Map<String, ServerSettings> bound = Binder.get(environment).bind("isdip.database.servers",
                Bindable.mapOf(String.class, ServerSettings.class)).orElse(Map.of());
        Map<String, ServerSettings> checked = new TreeMap<>();
        bound.forEach((name, settings) -> checked.put(name, check(name, settings)));
        this.configured = Map.copyOf(checked);
    }

    private static ServerSettings check(String name, ServerSettings settings) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("isdip.database.servers." + name + ": a server's name is lower-case "
                    + "letters, digits and hyphens, starting with a letter, at most 40 characters");
        }
        String url = settings.url();
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("isdip.database.servers." + name + ".url is missing (for example "
                    + "jdbc:mysql://db-east.internal:3306/)");
        }
        if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            throw new IllegalStateException("isdip.database.servers." + name + ".url must start with jdbc:mysql://, "
                    + "not '" + url.replaceAll("//[^@/]*@", "//***@") + "'");
        }
        if (settings.username() == null || settings.username().isBlank()) {
            throw new IllegalStateException("isdip.database.servers." + name + ".username is missing");
        }
        if (settings.maximumPoolSize() != null && (settings.maximumPoolSize() < 2 || settings.maximumPoolSize() > 500)) {
            throw new IllegalStateException("isdip.database.servers." + name + ".maximum-pool-size must be between "
                    + "2 and 500, not " + settings.maximumPoolSize());
        }
        return settings;
    }

    /** Every server a department may be placed on: {@code primary} first, then the configured ones by name. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(PRIMARY);
        names.addAll(configured.keySet());
        return names;
    }

    public boolean isKnown(String name) {
        return PRIMARY.equals(name) || configured.containsKey(name);
    }

    /** True when the server's departments share the platform pool (the primary server without an account). */
    boolean sharesPlatformPool(String name) {
        return PRIMARY.equals(name) && !configured.containsKey(PRIMARY);
    }

    /** The pool of a server; created at first use, without connecting. */
    DataSource dataSource(String name) {
        if (sharesPlatformPool(name)) {
            return platformDataSource;
        }
        ServerSettings settings = configured.get(name);
        if (settings == null) {
            throw new IllegalStateException("No database server '" + name + "' is configured "
                    + "(isdip.database.servers." + name + ".url)");
        }
        return pools.computeIfAbsent(name, key -> open(key, settings));
    }

    private HikariDataSource open(String name, ServerSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("isdip-" + name);
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password() == null ? "" : settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize() == null ? 20 : settings.maximumPoolSize());
        config.setMinimumIdle(1);
        // Start without a connection: a server that is down must not stop the portal.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(Math.max(250, connectionTimeoutMillis));
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        }
        log.info("Database server '{}': pool of up to {} connections", name, config.getMaximumPoolSize());
        return new HikariDataSource(config);
    }

    /** Whether a connection to the server can be had now (within the connection timeout). */
    public boolean reachable(String name) {
        try (Connection connection = dataSource(name).getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            log.warn("Database server '{}' does not answer: {}", name, e.getMessage());
            return false;
        }
    }

    @Override
    public void destroy() {
        pools.values().forEach(HikariDataSource::close);
    }
}
