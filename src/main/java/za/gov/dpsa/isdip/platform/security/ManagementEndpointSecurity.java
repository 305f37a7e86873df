package za.gov.dpsa.isdip.platform.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints (health probes, Prometheus) on the management port: open, without a session, for the
 * cluster's probes and the metrics scraper, and reachable only on that port, which is never published. Spring Boot
 * serves the endpoints there and runs this same filter chain on it; {@link EndpointRequest} matches only requests
 * that arrive on the management port. Should the management port ever be the public one (MANAGEMENT_PORT set to
 * PORT), only health stays open and every other endpoint is refused.
 */
@Configuration(proxyBeanMethods = false)
class ManagementEndpointSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(HttpSecurity http, Environment environment,
                                            BrowserSecurityHeaders headers) throws Exception {
        headers.applyTo(http);
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(requests -> {
            if (ownPort) {
                requests.anyRequest().permitAll();
            } else {
                requests.requestMatchers(EndpointRequest.to("health")).permitAll().anyRequest().denyAll();
            }
        });
        // Probes and scrapes every few seconds must not each leave an HTTP session behind.
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }
}
