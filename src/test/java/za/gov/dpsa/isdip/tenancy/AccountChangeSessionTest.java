package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.data.platform.DisabledAccountRepository;
import za.gov.dpsa.isdip.tenancy.data.platform.RoleChangeRepository;
import za.gov.dpsa.isdip.tenancy.web.DisabledAccounts;
import za.gov.dpsa.isdip.tenancy.web.RoleChanges;
import za.gov.dpsa.isdip.tenancy.web.TenantBindingFilter;

/**
 * A colleague whose account was disabled, or whose roles were changed, loses their portal session at their next
 * request, on any instance.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccountChangeSessionTest {

    @Autowired
    FilterRegistrationBean<TenantBindingFilter> tenantBinding;
    @Autowired
    DisabledAccounts disabledAccounts;
    @Autowired
    DisabledAccountRepository repository;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    RoleChanges roleChanges;
    @Autowired
    RoleChangeRepository roleChangeRepository;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @AfterEach
    void clear() {
        disabledAccounts.enabled("dha.reporter");
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNextRequestOfADisabledAccountEndsItsSessionAndReEnablingLetsItWork() throws Exception {
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.reporter", "dha", "dept-user",
                "dept-reporter")));
        disabledAccounts.disabled("DHA.Reporter");

        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        tenantBinding.getFilter().doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/");
        assertThat(chain.getRequest()).isNull();

        disabledAccounts.enabled("dha.reporter");
        MockFilterChain after = new MockFilterChain();
        MockHttpServletRequest next = new MockHttpServletRequest("GET", "/cases");
        next.setSession(new MockHttpSession());
        tenantBinding.getFilter().doFilter(next, new MockHttpServletResponse(), after);
        assertThat(after.getRequest()).isNotNull();
    }

    @Test
    void anotherPortalInstanceLearnsOfTheDisabledAccount() {
        // Another instance behind the load balancer, whose cache is always due for a refresh.
        DisabledAccounts otherInstance = new DisabledAccounts(repository, tenantWork, Clock.systemUTC(), Duration.ZERO);
        assertThat(otherInstance.isDisabled("dha.reporter")).isFalse();

        disabledAccounts.disabled("dha.reporter");
        assertThat(otherInstance.isDisabled("dha.reporter")).isTrue();

        disabledAccounts.enabled("dha.reporter");
        assertThat(otherInstance.isDisabled("dha.reporter")).isFalse();
    }

    @Test
    void aSessionBegunBeforeARoleChangeEndsAtItsNextRequestAndTheNextSessionWorks() {
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.reporter", "dha", "dept-user",
                "dept-reporter")));
        MockHttpSession before = new MockHttpSession();
        assertThat(passes(before, null)).isTrue();
        assertThat(passes(before, null)).isTrue();

        roleChanges.changed("DHA.Reporter");

        assertThat(passes(before, null)).isFalse();
        assertThat(before.isInvalid()).isTrue();
        // Signed in again (Keycloak's session is still alive), with a new token: the new session is not outdated.
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.reporter", "dha", "dept-user")));
        MockHttpSession after = new MockHttpSession();
        assertThat(passes(after, null)).isTrue();
        assertThat(passes(after, null)).isTrue();
        // Another colleague's session is untouched.
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.official", "dha", "dept-user")));
        MockHttpSession colleague = new MockHttpSession();
        assertThat(passes(colleague, null)).isTrue();
        roleChanges.changed("dha.reporter");
        assertThat(passes(colleague, null)).isTrue();
    }

    @Test
    void aTokenIssuedBeforeTheChangeIsOutdatedEvenIfItsFirstRequestComesAfter() {
        PortalUser signedIn = TestUsers.user("dha.tokenholder", "dha", "dept-user", "dept-admin");
        SecurityContextHolder.setContext(TestUsers.contextOf(signedIn));
        roleChanges.changed("dha.tokenholder");

        assertThat(passes(new MockHttpSession(), null)).isFalse();
    }

    @Test
    void aSignInAfterTheChangeIsNotOutdatedEvenWhenKeycloaksClockIsBehind() {
        roleChanges.changed("dha.skewed");
        // Keycloak's clock some seconds behind the portal's: the new token says it was issued before the change.
        PortalUser signedIn = TestUsers.userWithTokenIssuedAt(java.time.Instant.now().minusSeconds(5), "dha.skewed",
                "dha", "dept-user", "dept-reporter");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest callback = new MockHttpServletRequest("GET", "/login/oauth2/code/keycloak");
        callback.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(callback));
        try {
            events.publishEvent(new AuthenticationSuccessEvent(TestUsers.contextOf(signedIn).getAuthentication()));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        SecurityContextHolder.setContext(TestUsers.contextOf(signedIn));
        assertThat(passes(session, null)).isTrue();
        assertThat(passes(session, null)).isTrue();
    }

    @Test
    void aHeartbeatOfAnEndedSessionIsAnsweredGoneAsVaadinExpects() throws Exception {
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.idle", "dha", "dept-user")));
        MockHttpSession session = new MockHttpSession();
        assertThat(passes(session, null)).isTrue();
        roleChanges.changed("dha.idle");

        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(passes(session, "heartbeat", response)).isFalse();
        assertThat(response.getStatus()).isEqualTo(410);
    }

    @Test
    void theOpenPageIsToldItsSessionEndedSoItReloadsThroughSignIn() throws Exception {
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.pageholder", "dha", "dept-user",
                "dept-admin")));
        MockHttpSession session = new MockHttpSession();
        assertThat(passes(session, null)).isTrue();
        roleChanges.changed("dha.pageholder");

        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(passes(session, "uidl", response)).isFalse();
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"sessionExpired\":true");
    }

    @Test
    void anotherPortalInstanceLearnsOfTheRoleChange() {
        RoleChanges otherInstance = new RoleChanges(roleChangeRepository, tenantWork, Clock.systemUTC(), Duration.ZERO);
        MockHttpSession session = new MockHttpSession();
        assertThat(otherInstance.outdated("dha.analyst", null, session)).isFalse();
        assertThat(otherInstance.outdated("dha.analyst", null, session)).isFalse();

        roleChanges.changed("dha.analyst");
        assertThat(otherInstance.outdated("dha.analyst", null, session)).isTrue();
    }

    private boolean passes(MockHttpSession session, String vaadinRequestType) {
        return passes(session, vaadinRequestType, new MockHttpServletResponse());
    }

    /** One request through the tenant binding in this session: whether it reached the portal. */
    private boolean passes(MockHttpSession session, String vaadinRequestType, MockHttpServletResponse response) {
        try {
            MockHttpServletRequest request = new MockHttpServletRequest(vaadinRequestType == null ? "GET" : "POST",
                    "/cases");
            if (vaadinRequestType != null) {
                request.setParameter("v-r", vaadinRequestType);
            }
            request.setSession(session);
            MockFilterChain chain = new MockFilterChain();
            tenantBinding.getFilter().doFilter(request, response, chain);
            return chain.getRequest() != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
