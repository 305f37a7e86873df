package za.gov.dpsa.isdip.tenancy.database;

import javax.sql.DataSource;

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
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connectionProvider);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }
}
