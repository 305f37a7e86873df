package za.gov.dpsa.isdip.tenancy.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.EndedKeycloakSessions;

@Configuration(proxyBeanMethods = false)
class TenantBindingConfiguration {

    @Bean
    FilterRegistrationBean<TenantBindingFilter> tenantBindingFilter(DepartmentDirectory directory,
                                                                    DisabledAccounts disabledAccounts,
                                                                    RoleChanges roleChanges,
                                                                    EndedKeycloakSessions endedKeycloakSessions) {
        var registration = new FilterRegistrationBean<>(new TenantBindingFilter(directory, disabledAccounts,
                roleChanges, endedKeycloakSessions));
        // After Spring Security (order -100) has restored the signed-in user.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
