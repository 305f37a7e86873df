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
    HibernatePropertiesCustomizer multiTenancyCustomizer(DataSource dataSource, DepartmentDatabases databases) {
        var connectionProvider = new DepartmentConnectionProvider(dataSource, databases);
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
        String dialect = dialectOf(dataSource);
        return properties -> {
            properties.put(AvailableSettings.DIALECT, dialect);
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connectionProvider);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }

    /**
     * Hibernate cannot read the database version through a multi-tenant connection provider, so it is read here:
     * MariaDB (our machines, the embedded default) and MySQL 8 (production) need different dialects.
     */
    static String dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            return version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                    ? "org.hibernate.dialect.MariaDBDialect" : "org.hibernate.dialect.MySQLDialect";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to read its version: " + e.getMessage(), e);
        }
    }
}
