package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import za.gov.dpsa.isdip.platform.security.PortalUserMapping;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.data.platform.EndedKeycloakSessionRepository;
import za.gov.dpsa.isdip.tenancy.web.DisabledAccounts;
import za.gov.dpsa.isdip.tenancy.web.RoleChanges;
import za.gov.dpsa.isdip.tenancy.web.TenantBindingFilter;

/**
 * Several portal instances behind a load balancer, one platform database: a Keycloak session that ends on one
 * instance (Keycloak's back-channel logout reaches it, or the user signs out there) ends the portal sessions of it
 * on another at their next request. This Spring context is the instance that hears of the end; the other instance
 * is its own {@link EndedKeycloakSessions} and {@link TenantBindingFilter} over the same database, always due to
 * read it again.
 */
@SpringBootTest
@ActiveProfiles("test")
class EndedKeycloakSessionsTest {

    private static final Duration RETENTION = Duration.ofHours(12);

    @Autowired
    EndedKeycloakSessions thisInstance;
    @Autowired
    EndedKeycloakSessionRepository repository;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DisabledAccounts disabledAccounts;
    @Autowired
    RoleChanges roleChanges;
    @Autowired
    WebApplicationContext context;

    private SimpleMeterRegistry otherMeters;
    private TenantBindingFilter otherInstance;

    @BeforeEach
    void anotherInstance() {
        otherMeters = new SimpleMeterRegistry();
        otherInstance = filterOf(new EndedKeycloakSessions(repository, tenantWork, Clock.systemUTC(), Duration.ZERO,
                RETENTION, otherMeters));
    }

    @AfterEach
    void signOutOfTheThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aKeycloakSessionEndedOnOneInstanceEndsItsPortalSessionOnAnotherAndNoOtherSession() throws Exception {
        PortalUser official = userInKeycloakSession("dha.official", newSid());
        PortalUser colleague = userInKeycloakSession("dha.colleague", newSid());
        MockHttpSession officialsSession = new MockHttpSession();
        MockHttpSession colleaguesSession = new MockHttpSession();
        assertThat(passes(otherInstance, official, officialsSession, null, new MockHttpServletResponse())).isTrue();
        assertThat(passes(otherInstance, colleague, colleaguesSession, null, new MockHttpServletResponse())).isTrue();

        // Keycloak's back-channel logout of the official's session reached this instance.
        thisInstance.endedByKeycloak(sid(official), official.getSubject());

        // The official's open page, on the other instance: told its session ended, it reloads through sign-in.
        MockHttpServletResponse uidl = new MockHttpServletResponse();
        assertThat(passes(otherInstance, official, officialsSession, "uidl", uidl)).isFalse();
        assertThat(officialsSession.isInvalid()).isTrue();
        assertThat(uidl.getContentAsString()).contains("\"sessionExpired\":true");
        assertThat(otherMeters.counter(EndedKeycloakSessions.METER, "reason", "backchannel").count()).isEqualTo(1);
        // The colleague, in another Keycloak session, works on.
        assertThat(passes(otherInstance, colleague, colleaguesSession, "uidl", new MockHttpServletResponse()))
                .isTrue();
        assertThat(colleaguesSession.isInvalid()).isFalse();
    }

    @Test
    void signingOutOnOneInstanceEndsTheKeycloakSessionAndItsPortalSessionOnAnother() throws Exception {
        PortalUser official = userInKeycloakSession("dha.signsout", newSid());
        MockHttpSession onTheOtherInstance = new MockHttpSession();
        assertThat(passes(otherInstance, official, onTheOtherInstance, null, new MockHttpServletResponse()))
                .isTrue();

        // Signing out through the portal's own logout, on this instance.
        MvcResult signOut = mockMvc().perform(post("/logout").with(csrf())
                        .with(authentication(new OAuth2AuthenticationToken(official, official.getAuthorities(),
                                "keycloak"))))
                .andReturn();

        // RP-initiated logout: on to Keycloak, which ends its session there.
        assertThat(signOut.getResponse().getRedirectedUrl())
                .startsWith("http://localhost:18180/realms/isdip/protocol/openid-connect/logout")
                .contains("id_token_hint=");
        MockHttpServletResponse next = new MockHttpServletResponse();
        assertThat(passes(otherInstance, official, onTheOtherInstance, null, next)).isFalse();
        assertThat(next.getRedirectedUrl()).isEqualTo("/");
        assertThat(otherMeters.counter(EndedKeycloakSessions.METER, "reason", "signout").count()).isEqualTo(1);
        // Keycloak's own back-channel logout of the same session follows: still one record.
        thisInstance.endedByKeycloak(sid(official), official.getSubject());
        assertThat(tenantWork.inPlatform(() -> repository.findAll().stream()
                .filter(row -> sid(official).equals(row.getKeycloakSessionId())).count())).isEqualTo(1);
    }

    @Test
    void whenKeycloakNamesOnlyTheUserTheirSessionsBegunBeforeEndAndLaterOnesWork() throws Exception {
        String username = "dha.subject-" + UUID.randomUUID().toString().substring(0, 8);
        PortalUser before = userInKeycloakSession(username, newSid());
        MockHttpSession earlier = new MockHttpSession();
        assertThat(passes(otherInstance, before, earlier, null, new MockHttpServletResponse())).isTrue();

        thisInstance.endedByKeycloak(null, before.getSubject());

        assertThat(passes(otherInstance, before, earlier, "heartbeat", new MockHttpServletResponse())).isFalse();
        // Signed in again (a new Keycloak session) after the end: this session works on.
        Thread.sleep(5);
        PortalUser again = userInKeycloakSession(username, newSid());
        MockHttpSession later = new MockHttpSession();
        assertThat(passes(otherInstance, again, later, null, new MockHttpServletResponse())).isTrue();
        assertThat(passes(otherInstance, again, later, "uidl", new MockHttpServletResponse())).isTrue();
    }

    @Test
    void theBackChannelEndpointNeedsNoSessionCsrfOrUserAndRefusesAForgedToken() throws Exception {
        long before = tenantWork.inPlatform(() -> repository.count());
        // A token with no signature ("alg": "none"), as anyone could make.
        String claims = "{\"iss\":\"http://localhost:18180/realms/isdip\",\"aud\":\"isdip-portal\",\"iat\":"
                + Instant.now().getEpochSecond() + ",\"jti\":\"x\",\"sid\":\"" + newSid() + "\","
                + "\"events\":{\"http://schemas.openid.net/event/backchannel-logout\":{}}}";
        String forged = base64("{\"alg\":\"none\"}") + "." + base64(claims) + ".";

        MvcResult result = mockMvc().perform(post("/logout/connect/back-channel/keycloak")
                        .contentType("application/x-www-form-urlencoded").param("logout_token", forged))
                .andReturn();

        // Answered by the back-channel endpoint itself: not sent to sign in, not refused for a missing CSRF token.
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("invalid_request");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(tenantWork.inPlatform(() -> repository.count())).isEqualTo(before);
    }

    @Test
    void recordsOlderThanTheRetentionAreIgnoredAndPurged() {
        // An instance whose records are from 13 hours ago, as if long past.
        Clock longAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-13));
        EndedKeycloakSessions thenInstance = new EndedKeycloakSessions(repository, tenantWork, longAgo,
                Duration.ZERO, RETENTION, new SimpleMeterRegistry());
        PortalUser official = userInKeycloakSession("dha.longago", newSid());
        thenInstance.endedByKeycloak(sid(official), official.getSubject());
        assertThat(tenantWork.inPlatform(() -> repository.existsByKeycloakSessionId(sid(official)))).isTrue();

        assertThat(passes(otherInstance, official, new MockHttpSession(), null, new MockHttpServletResponse()))
                .isTrue();
        thisInstance.endedByKeycloak(newSid(), "test-someone-else");
        assertThat(tenantWork.inPlatform(() -> repository.existsByKeycloakSessionId(sid(official)))).isFalse();
    }

    private TenantBindingFilter filterOf(EndedKeycloakSessions endedKeycloakSessions) {
        return new TenantBindingFilter(directory, disabledAccounts, roleChanges, endedKeycloakSessions);
    }

    private MockMvc mockMvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** One request of this user's portal session through the instance's tenant binding: whether it got through. */
    private static boolean passes(TenantBindingFilter instance, PortalUser user, MockHttpSession session,
                                  String vaadinRequestType, MockHttpServletResponse response) {
        SecurityContextHolder.setContext(TestUsers.contextOf(user));
        try {
            MockHttpServletRequest request = new MockHttpServletRequest(vaadinRequestType == null ? "GET" : "POST",
                    "/cases");
            if (vaadinRequestType != null) {
                request.setParameter("v-r", vaadinRequestType);
            }
            request.setSession(session);
            MockFilterChain chain = new MockFilterChain();
            instance.doFilter(request, response, chain);
            return chain.getRequest() != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A department official signed in through Keycloak, whose ID token names its Keycloak session. */
    private static PortalUser userInKeycloakSession(String username, String sid) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "test-" + username);
        claims.put("preferred_username", username);
        claims.put("name", "Test " + username);
        claims.put("roles", List.of("dept-user"));
        claims.put("groups", List.of("/departments/dha"));
        claims.put("sid", sid);
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("token-" + username, now, now.plusSeconds(3600), claims);
        return PortalUserMapping.fromToken(token, null, List.of(new SimpleGrantedAuthority("OIDC_USER")), id -> true);
    }

    private static String sid(PortalUser user) {
        return user.getIdToken().getClaimAsString("sid");
    }

    private static String newSid() {
        return UUID.randomUUID().toString();
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
