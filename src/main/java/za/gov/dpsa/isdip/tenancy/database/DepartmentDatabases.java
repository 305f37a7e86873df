package za.gov.dpsa.isdip.tenancy.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import liquibase.integration.spring.SpringLiquibase;
import za.gov.dpsa.isdip.tenancy.DepartmentStatus;
import za.gov.dpsa.isdip.tenancy.NoTenantException;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.internal.DepartmentUnavailableException;

/**
 * Each department's own MySQL database: its name, the server that holds it, its creation and Liquibase migration,
 * and whether this instance serves it right now. The platform database is the one the JDBC URL names.
 * <p>
 * A connection is routed to a department only while its route says {@link DepartmentStatus#SERVING}: a department
 * whose schema is behind the running code, or whose server is down, is refused rather than served wrongly.
 */
@Component
public class DepartmentDatabases {

    private static final Logger log = LoggerFactory.getLogger(DepartmentDatabases.class);
    private static final Pattern DEPARTMENT_ID = Pattern.compile("[a-z][a-z0-9-]{1,29}");
    /**
     * Liquibase runs one at a time in a JVM: 4.33 keeps its update command's "locked" flag in a step object shared by
     * all threads, so two runs at once can leave a department's changelog lock held for good, and its next migration
     * fails after waiting five minutes (liquibase/liquibase#7220 and #6831, fixed only in 5.x). Static because that
     * state is Liquibase's, one per JVM, not one per application context.
     */
    private static final Object LIQUIBASE_RUNS = new Object();

    /** Where a department's database is, and whether this instance serves it. */
    public record Route(String server, DepartmentStatus status, String detail) {
    }

    private final DataSource platformDataSource;
    private final DatabaseServers servers;
    private final ResourceLoader resourceLoader;
    private final String departmentPrefix;
    private final String departmentChangelog;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private volatile String platformDatabase;
    private volatile String changelogChecksum;

    public DepartmentDatabases(DataSource dataSource, DatabaseServers servers, ResourceLoader resourceLoader,
                               @Value("${isdip.database.department-prefix:isdip_dept_}") String departmentPrefix,
                               @Value("${isdip.database.department-changelog:classpath:db/department/changelog.yaml}")
                               String departmentChangelog) {
        this.platformDataSource = dataSource;
        this.servers = servers;
        this.resourceLoader = resourceLoader;
        this.departmentPrefix = departmentPrefix;
        this.departmentChangelog = departmentChangelog;
    }

    /** The database the JDBC URL names: the department registry and what DPSA owns. */
    public String platformDatabase() {
        String name = platformDatabase;
        if (name == null) {
            try (Connection connection = platformDataSource.getConnection()) {
                name = connection.getCatalog();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the platform database name", e);
            }
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("The database URL must name the platform database");
            }
            platformDatabase = name;
        }
        return name;
    }

    public String databaseOf(String departmentId) {
        if (departmentId == null || !DEPARTMENT_ID.matcher(departmentId).matches()) {
            throw new IllegalArgumentException("Not a department id: " + departmentId);
        }
        return departmentPrefix + departmentId.replace('-', '_');
    }

    // ---- routes --------------------------------------------------------------------------------------------------

    /** This instance's route to a department, if the department is known here. */
    public Optional<Route> route(String departmentId) {
        return Optional.ofNullable(routes.get(departmentId));
    }

    public DepartmentStatus status(String departmentId) {
        Route route = routes.get(departmentId);
        return route == null ? DepartmentStatus.UPDATING : route.status();
    }

    /** Records where a department's database is and how this instance stands with it. */
    public void setRoute(String departmentId, String server, DepartmentStatus status, String detail) {
        databaseOf(departmentId);
        routes.put(departmentId, new Route(server, status, detail));
    }

    public Map<String, Route> routes() {
        return Map.copyOf(routes);
    }

    /** The database a tenant's connections use; fails for no tenant and for departments not served now. */
    String databaseForTenant(String tenant) {
        if (TenantContext.PLATFORM.equals(tenant)) {
            return platformDatabase();
        }
        if (tenant == null || TenantContext.NONE.equals(tenant)) {
            throw new NoTenantException("This work has no department context");
        }
        Route route = routes.get(tenant);
        if (route == null) {
            throw new NoTenantException("Department '" + tenant + "' is not onboarded");
        }
        if (!route.status().serving()) {
            throw new DepartmentUnavailableException(tenant, route.status());
        }
        return databaseOf(tenant);
    }

    /** The server of a department that is served now (see {@link #databaseForTenant}). */
    String serverOf(String departmentId) {
        Route route = routes.get(departmentId);
        return route == null ? DatabaseServers.PRIMARY : route.server();
    }

    DatabaseServers servers() {
        return servers;
    }

    DataSource platformDataSource() {
        return platformDataSource;
    }

    // ---- schema --------------------------------------------------------------------------------------------------

    /** Creates the department's database on the server its route names (placed before with {@link #setRoute}). */
    public void createDatabase(String departmentId) {
        String database = databaseOf(departmentId);
        try (Connection connection = servers.dataSource(serverOf(departmentId)).getConnection();
             var statement = connection.createStatement()) {
            // The name is built from a validated id, so it is safe to place in DDL.
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " on server '"
                    + serverOf(departmentId) + "': " + e.getMessage(), e);
        }
    }

    /**
     * Brings a department's database to the current schema; safe to repeat, and to run on two instances at once.
     * Within one instance, migrations run one after another (see {@link #LIQUIBASE_RUNS}).
     */
    public void migrate(String departmentId) {
        String database = databaseOf(departmentId);
        synchronized (LIQUIBASE_RUNS) {
            long started = System.nanoTime();
            try {
                withDepartmentConnection(departmentId, connection -> {
                    SpringLiquibase liquibase = new SpringLiquibase();
                    liquibase.setDataSource(new SingleConnectionDataSource(connection, true));
                    liquibase.setResourceLoader(resourceLoader);
                    liquibase.setChangeLog(departmentChangelog);
                    liquibase.setDefaultSchema(database);
                    try {
                        liquibase.afterPropertiesSet();
                    } catch (Exception e) {
                        throw new SQLException(e.getMessage(), e);
                    }
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException("Cannot migrate database " + database + ": " + e.getMessage(), e);
            }
            log.info("Department database {} migrated in {} ms", database, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Work with JDBC on one department's database over a connection of its own server's pool. */
    public <T> T withDepartmentConnection(String departmentId, SqlWork<T> work) throws SQLException {
        String database = databaseOf(departmentId);
        String server = serverOf(departmentId);
        try (Connection connection = servers.dataSource(server).getConnection()) {
            String previous = connection.getCatalog();
            connection.setCatalog(database);
            try {
                return work.run(connection);
            } finally {
                if (servers.sharesPlatformPool(server)) {
                    connection.setCatalog(previous == null ? platformDatabase() : previous);
                }
            }
        }
    }

    /** JDBC work on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A checksum of the department changelog and every file under {@code db/department/}: equal to the one stored
     * with a department means its schema is what this code needs, so start-up need not open Liquibase for it.
     */
    public String changelogChecksum() {
        String checksum = changelogChecksum;
        if (checksum == null) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(resourceLoader);
                digest.update(departmentChangelog.getBytes(StandardCharsets.UTF_8));
                digest(digest, resourceLoader.getResource(departmentChangelog));
                Resource[] files = resolver.getResources("classpath*:db/department/**/*.yaml");
                Arrays.sort(files, Comparator.comparing(DepartmentDatabases::relativePath));
                for (Resource file : files) {
                    digest.update(relativePath(file).getBytes(StandardCharsets.UTF_8));
                    digest(digest, file);
                }
                checksum = HexFormat.of().formatHex(digest.digest());
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Cannot read the department changelog: " + e.getMessage(), e);
            }
            changelogChecksum = checksum;
        }
        return checksum;
    }

    private static void digest(MessageDigest digest, Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            digest.update(in.readAllBytes());
        }
    }

    private static String relativePath(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("db/department/");
            return at < 0 ? url : url.substring(at);
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }
}
