package za.gov.dpsa.isdip.tenancy.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operators' metrics by department: request times and signed-in sessions, and the server's time of each UI round trip
 * in a {@code Server-Timing} header. Spring Boot uses the convention for
 * {@code http.server.requests} and registers the listener with the servlet container.
 */
@Configuration(proxyBeanMethods = false)
class DepartmentMetricsConfiguration {

    @Bean
    DepartmentRequestObservationConvention departmentRequestObservationConvention() {
        return new DepartmentRequestObservationConvention();
    }

    @Bean
    ServerTimingFilter serverTimingFilter() {
        return new ServerTimingFilter();
    }

    @Bean
    SignedInSessions signedInSessions(MeterRegistry registry) {
        return new SignedInSessions(registry);
    }
}
