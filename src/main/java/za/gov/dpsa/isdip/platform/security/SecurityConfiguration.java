package za.gov.dpsa.isdip.platform.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
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
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.EndedKeycloakSessions;

/**
 * Browser sign-in through Keycloak: OIDC authorization code with PKCE (Spring Security adds it for every
 * client), RP-initiated logout that ends the Keycloak session too, Keycloak's back-channel logout, and Vaadin's
 * view access control. A Keycloak session that ends, by back-channel logout or by signing out, is recorded for
 * every portal instance ({@link EndedKeycloakSessions}), because the instance that hears of it is seldom the one
 * that holds the user's session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> users,
                                       EndedKeycloakSessions endedKeycloakSessions,
                                       BrowserSecurityHeaders headers,
                                       @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        headers.applyTo(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/images/**", "/styles/**").permitAll()
                // The error page of a request that already passed (or was refused by) these rules: shows its 404 or
                // 500 (no details, server.error.*) instead of sending a visitor to sign in or a user a 403.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.oauth2Login(login -> login.userInfoEndpoint(endpoint -> endpoint.oidcUserService(users)));
        // POST /logout/connect/back-channel/keycloak: Spring Security validates the logout token (signature, issuer,
        // audience, event) and answers before the CSRF check and authorisation: no session, CSRF token or user needed.
        http.oidcLogout(logout -> logout
                .oidcSessionRegistry(new NoSessionLinks())
                .backChannel(backChannel -> backChannel.logoutHandler(keycloakEnded(endedKeycloakSessions))));
        // Signed in (again), the user is sent back to the very address they asked for, without Spring Security's
        // "continue" marker added to it: after a lost instance or an ended session, the view as it was. Vaadin's
        // request cache hands over to this one.
        HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
        savedRequests.setMatchingRequestParameterName(null);
        http.setSharedObject(RequestCache.class, savedRequests);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}")
                .addLogoutHandler(signedOut(endedKeycloakSessions))
                // A deliberate sign-out leaves no session cookie behind: the next visit is a new start, not a
                // session that ended under the official (EndedSessionMarker).
                .addLogoutHandler(new CookieClearingLogoutHandler(sessionCookie)));
        return http.build();
    }

    /** Spring Security picks this up for the firewall's refusals: a 400 that carries the security headers too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(BrowserSecurityHeaders headers) {
        return headers.rejectedRequests();
    }

    /** Records the Keycloak session of a validated logout token; each instance ends its portal sessions of it. */
    private static LogoutHandler keycloakEnded(EndedKeycloakSessions endedKeycloakSessions) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token) {
                endedKeycloakSessions.endedByKeycloak(token.getSessionId(), token.getSubject());
                response.setHeader("Cache-Control", "no-store");
            }
        };
    }

    /** On signing out: the same Keycloak session's portal sessions on other instances end too. */
    private static LogoutHandler signedOut(EndedKeycloakSessions endedKeycloakSessions) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                endedKeycloakSessions.signedOut(user);
            }
        };
    }

    /**
     * Spring Security's registry links Keycloak sessions to this instance's portal sessions in memory, and holds
     * each link until an HTTP session event removes it. The portal does not use the links (the platform database
     * serves every instance), so none are kept.
     */
    private static final class NoSessionLinks implements OidcSessionRegistry {

        @Override
        public void saveSessionInformation(OidcSessionInformation info) {
        }

        @Override
        public OidcSessionInformation removeSessionInformation(String clientSessionId) {
            return null;
        }

        @Override
        public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
            return List.of();
        }
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
