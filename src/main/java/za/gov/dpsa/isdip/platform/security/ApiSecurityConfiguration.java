package za.gov.dpsa.isdip.platform.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import io.micrometer.core.instrument.MeterRegistry;

import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.platform.api.ApiProblems;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * The REST API ({@code /api/**}): for systems, not browsers. A request carries a Keycloak access token from the
 * client credentials grant (RFC 6750 bearer), checked against Keycloak's signing keys and issuer on every call; no
 * session, no cookie, no CSRF token (nothing a browser would send by itself). Its own chain, ahead of the browser
 * chain, so a missing token is a 401 problem, never a redirect to the sign-in page. The OpenAPI description is
 * public; everything else needs a registered, active API client.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder apiTokenDecoder,
                                    ObjectProvider<ApiClientRegister> register, DepartmentDirectory directory,
                                    ApiProblems problems, MeterRegistry meters, Clock clock,
                                    @Value("${isdip.api.max-json-bytes:65536}") long maxJsonBytes,
                                    @Value("${isdip.api.max-upload-bytes:6291456}") long maxUploadBytes)
            throws Exception {
        ApiAuthenticationProblems refusals = new ApiAuthenticationProblems(problems, meters);
        SystemClientTokens tokens = new SystemClientTokens(register,
                id -> directory.find(id).filter(Department::active).isPresent());
        http.securityMatcher(API)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers.cacheControl(cache -> { }).contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.yaml").permitAll()
                        .anyRequest().hasAuthority(SystemClient.AUTHORITY))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(apiTokenDecoder).jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .addFilterAfter(new ApiLimits(problems, meters, clock, maxJsonBytes, maxUploadBytes),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Keycloak's signing keys (fetched when first needed and cached, so a Keycloak restart with the same keys goes
     * unnoticed), and the realm as issuer. Not Spring Boot's decoder: the browser sign-in keeps its own.
     */
    @Bean
    JwtDecoder apiTokenDecoder(@Value("${isdip.oidc.issuer}") String issuer,
                               @Value("${isdip.api.jwk-set-uri:}") String jwkSetUri) {
        String base = issuer.replaceAll("/+$", "");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri.isBlank()
                ? base + "/protocol/openid-connect/certs" : jwkSetUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(base)));
        return decoder;
    }
}
