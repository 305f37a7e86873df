package za.gov.dpsa.isdip.tenancy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import liquibase.integration.spring.SpringLiquibase;
import za.gov.dpsa.isdip.tenancy.NoTenantException;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Each department's own MySQL database: its name, its creation and its Liquibase migration, and the set of
 * departments a connection may be routed to. The platform database is the one the JDBC URL names.
 */
@Component
public class DepartmentDatabases {

    private static final Logger log = LoggerFactory.getLogger(DepartmentDatabases.class);
    private static final Pattern DEPARTMENT_ID = Pattern.compile("[a-z][a-z0-9-]{1,29}");
    static final String DEPARTMENT_CHANGELOG = "classpath:db/department/changelog.yaml";

    private final DataSource dataSource;
    private final ResourceLoader resourceLoader;
    private final String departmentPrefix;
    private final Set<String> routableDepartments = ConcurrentHashMap.newKeySet();
    private volatile String platformDatabase;

    public DepartmentDatabases(DataSource dataSource, ResourceLoader resourceLoader,
                               @Value("${isdip.database.department-prefix:isdip_dept_}") String departmentPrefix) {
        this.dataSource = dataSource;
        this.resourceLoader = resourceLoader;
        this.departmentPrefix = departmentPrefix;
    }

    /** The database the JDBC URL names: the department registry and what DPSA owns. */
    public String platformDatabase() {
        String name = platformDatabase;
        if (name == null) {
            try (Connection connection = dataSource.getConnection()) {
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
        if (!DEPARTMENT_ID.matcher(departmentId).matches()) {
            throw new IllegalArgumentException("Not a department id: " + departmentId);
        }
        return departmentPrefix + departmentId.replace('-', '_');
    }

    /** The database a tenant's connections use; fails for no tenant and for departments not onboarded. */
    String databaseForTenant(String tenant) {
        if (TenantContext.PLATFORM.equals(tenant)) {
            return platformDatabase();
        }
        if (tenant == null || TenantContext.NONE.equals(tenant)) {
            throw new NoTenantException("This work has no department context");
        }
        if (!routableDepartments.contains(tenant)) {
            throw new NoTenantException("Department '" + tenant + "' is not onboarded");
        }
        return databaseOf(tenant);
    }

    /** From now on, connections may be routed to this department's database. */
    public void allowRouting(String departmentId) {
        routableDepartments.add(departmentId);
    }

    public void createDatabase(String departmentId) {
        String database = databaseOf(departmentId);
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // The name is built from a validated id, so it is safe to place in DDL.
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    /** Brings a department's database to the current schema; safe to repeat. */
    public void migrate(String departmentId) {
        String database = databaseOf(departmentId);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setCatalog(database);
            try {
                SpringLiquibase liquibase = new SpringLiquibase();
                liquibase.setDataSource(new SingleConnectionDataSource(connection, true));
                liquibase.setResourceLoader(resourceLoader);
                liquibase.setChangeLog(DEPARTMENT_CHANGELOG);
                liquibase.setDefaultSchema(database);
                liquibase.afterPropertiesSet();
            } finally {
                connection.setCatalog(platformDatabase());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot migrate database " + database + ": " + e.getMessage(), e);
        }
        log.info("Department database {} migrated in {} ms", database, (System.nanoTime() - started) / 1_000_000);
    }

    /** Reads how many rows a table holds in a department's database: for health figures, not for data access. */
    DataSource dataSource() {
        return dataSource;
    }
}
