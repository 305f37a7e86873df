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
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.data.DisabledAccountRepository;
import za.gov.dpsa.isdip.tenancy.data.RoleChangeRepository;
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
        assertThat(passes(before)).isTrue();
        assertThat(passes(before)).isTrue();

        roleChanges.changed("DHA.Reporter");

        assertThat(passes(before)).isFalse();
        assertThat(before.isInvalid()).isTrue();
        // Signed in again (Keycloak's session is still alive): the new session is not outdated. The change counts up
        // to the end of its second (the database keeps whole seconds), so the new session begins after that.
        waitForTheNextSecond();
        MockHttpSession after = new MockHttpSession();
        assertThat(passes(after)).isTrue();
        assertThat(passes(after)).isTrue();
        // Another colleague's session is untouched.
        SecurityContextHolder.setContext(TestUsers.contextOf(TestUsers.user("dha.official", "dha", "dept-user")));
        MockHttpSession colleague = new MockHttpSession();
        assertThat(passes(colleague)).isTrue();
        roleChanges.changed("dha.reporter");
        assertThat(passes(colleague)).isTrue();
    }

    @Test
    void anotherPortalInstanceLearnsOfTheRoleChange() {
        RoleChanges otherInstance = new RoleChanges(roleChangeRepository, tenantWork, Clock.systemUTC(), Duration.ZERO);
        MockHttpSession session = new MockHttpSession();
        assertThat(otherInstance.outdated("dha.analyst", session)).isFalse();
        assertThat(otherInstance.outdated("dha.analyst", session)).isFalse();

        roleChanges.changed("dha.analyst");
        assertThat(otherInstance.outdated("dha.analyst", session)).isTrue();
    }

    private static void waitForTheNextSecond() {
        java.time.Instant next = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plusSeconds(1);
        while (!java.time.Instant.now().isAfter(next)) {
            Thread.onSpinWait();
        }
    }

    /** One request through the tenant binding in this session: whether it reached the portal. */
    private boolean passes(MockHttpSession session) {
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
            request.setSession(session);
            MockFilterChain chain = new MockFilterChain();
            tenantBinding.getFilter().doFilter(request, new MockHttpServletResponse(), chain);
            return chain.getRequest() != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
