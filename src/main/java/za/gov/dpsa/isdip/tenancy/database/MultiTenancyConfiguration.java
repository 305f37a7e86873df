package za.gov.dpsa.isdip.tenancy.database;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import za.gov.dpsa.isdip.tenancy.TenantContext;

/** Database-per-department multi-tenancy: every Hibernate session belongs to exactly one tenant. */
@Configuration(proxyBeanMethods = false)
class MultiTenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer multiTenancyCustomizer(DataSource dataSource, DepartmentDatabases databases,
                                                         org.springframework.beans.factory.ObjectProvider<
                                                                 io.micrometer.core.instrument.MeterRegistry> meters) {
        var connectionProvider = new DepartmentConnectionProvider(databases, meters);
        CurrentTenantIdentifierResolver<String> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public String resolveCurrentTenantIdentifier() {
                return TenantContext.currentTenant();
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return true;
            }
        };
        DatabaseVersion version = versionOf(dataSource);
        return properties -> {
            properties.put(AvailableSettings.DIALECT, version.dialect());
            // Without a connection to read, Hibernate would assume the oldest version the dialect knows.
            properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, version.major());
            properties.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, version.minor());
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connectionProvider);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }

    /** The dialect and version of the server, read once from a connection. */
    record DatabaseVersion(String dialect, int major, int minor) {
    }

    /**
     * Hibernate cannot read the database version through a multi-tenant connection provider, so it is read here:
     * MariaDB (our machines, the embedded default) and MySQL 8 (production) need different dialects. MariaDB
     * reports itself to Connector/J as "5.5.5-10.11.x-MariaDB"; the real version follows the prefix.
     */
    static DatabaseVersion versionOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductVersion();
            boolean mariaDb = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
            String version = mariaDb && product.startsWith("5.5.5-") ? product.substring(6) : product;
            java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(
                    version == null ? "" : version);
            boolean parsed = numbers.find();
            int major = parsed ? Integer.parseInt(numbers.group(1)) : connection.getMetaData().getDatabaseMajorVersion();
            int minor = parsed ? Integer.parseInt(numbers.group(2)) : connection.getMetaData().getDatabaseMinorVersion();
            return new DatabaseVersion(mariaDb ? "org.hibernate.dialect.MariaDBDialect"
                    : "org.hibernate.dialect.MySQLDialect", major, minor);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to read its version: " + e.getMessage(), e);
        }
    }
}
