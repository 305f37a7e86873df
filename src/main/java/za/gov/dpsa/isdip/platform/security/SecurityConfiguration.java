package za.gov.dpsa.isdip.platform.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;

/**
 * Browser sign-in through Keycloak: OIDC authorization code with PKCE (Spring Security adds it for every
 * client), RP-initiated logout that ends the Keycloak session too, and Vaadin's view access control.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> users)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/images/**", "/styles/**").permitAll());
        http.oauth2Login(login -> login.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users)));
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}"));
        return http.build();
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> portalUsers(DepartmentDirectory directory) {
        OidcUserService oidc = new OidcUserService();
        return request -> {
            OidcUser user = oidc.loadUser(request);
            return PortalUserMapping.fromToken(user.getIdToken(), user.getUserInfo(), user.getAuthorities(),
                    id -> directory.find(id).filter(Department::active).isPresent());
        };
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(@Value("${isdip.oidc.issuer}") String issuer,
                                                     @Value("${isdip.oidc.client-id}") String clientId,
                                                     @Value("${isdip.oidc.client-secret}") String clientSecret,
                                                     @Value("${isdip.oidc.discovery:true}") boolean discovery) {
        String base = issuer.replaceAll("/+$", "");
        ClientRegistration.Builder builder = discovery
                ? ClientRegistrations.fromIssuerLocation(base)
                // Keycloak's fixed endpoint paths: no network call while Keycloak is still starting.
                : ClientRegistration.withRegistrationId(REGISTRATION_ID)
                        .issuerUri(base)
                        .authorizationUri(base + "/protocol/openid-connect/auth")
                        .tokenUri(base + "/protocol/openid-connect/token")
                        .jwkSetUri(base + "/protocol/openid-connect/certs")
                        .userInfoUri(base + "/protocol/openid-connect/userinfo")
                        .providerConfigurationMetadata(Map.of("end_session_endpoint",
                                base + "/protocol/openid-connect/logout"));
        return new InMemoryClientRegistrationRepository(builder
                .registrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .userNameAttributeName("preferred_username")
                .clientName("Keycloak")
                .build());
    }
}
