package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.accounts.internal.DepartmentUserDirectory;
import za.gov.dpsa.isdip.accounts.keycloak.KeycloakAccounts;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Who gets in, through Keycloak's real login page: DPSA super-admins only with a second factor, and nobody of a
 * deactivated department.
 */
class AccountSecurityBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";
    private static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    DepartmentAdministration administration;
    @Autowired
    DepartmentUserDirectory directory;
    @Autowired
    KeycloakAccounts keycloak;

    @Test
    void aRoleGivenWhileTheColleagueWorksAppliesAtTheirNextClickWithoutSigningInAgain() {
        PortalPage portal = signIn("del.official", PASSWORD);
        assertThat(waitFor(By.id("home-roles")).getText()).doesNotContain("Reporting officer");
        String colleague = keycloak.userByUsername("del.official").orElseThrow().getId();
        try {
            setRolesAsTheAdministrator(colleague, EnumSet.of(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER));

            // The colleague's next click, in the open page: its session has ended, so the page reloads where it
            // was, through Keycloak (still signed on, so no login form), with the new role; no "connection lost",
            // no error, and the portal works on.
            clickNavigation("Cases");
            waitForText(By.id("home-roles"), "Reporting officer");
            assertThat(new KeycloakLoginPage(driver).isShown()).isFalse();
            assertThat(portal.pageText()).doesNotContain("Exception").doesNotContain("Session expired");
            clickNavigation("Cases");
            waitFor(By.id("case-search"));
        } finally {
            setRolesAsTheAdministrator(colleague, EnumSet.of(PortalRole.DEPT_USER));
        }
    }

    private void clickNavigation(String label) {
        patiently(Duration.ofSeconds(30)).until(d -> {
            d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(item -> item.getText().equals(label)).findFirst().orElseThrow().click();
            return true;
        });
    }

    /** As the department's administrator working in their department, like the People page does. */
    private void setRolesAsTheAdministrator(String userId, Set<PortalRole> roles) {
        TestUsers.runAs(TestUsers.user("del.admin", "del", "dept-user", "dept-admin"), () -> {
            try (TenantContext.Scope ignored = TenantContext.bind("del")) {
                directory.setRoles(userId, roles);
            }
        });
    }

    @Test
    void aDpsaSuperAdminGetsInOnlyWithTheCodeFromTheirAuthenticator() {
        driver.get(PORTAL + "/");
        KeycloakLoginPage login = new KeycloakLoginPage(driver).waitUntilShown();
        login.signIn("dpsa.superadmin", PASSWORD);

        // The password alone leads to the one-time code, not into the portal.
        assertThat(login.waitForOtpForm()).isTrue();
        assertThat(login.currentUrl()).startsWith("http://localhost:18180/realms/isdip/");
        login.enterOtp(DemoAuthenticator.wrongCode("dpsa.superadmin"));
        assertThat(login.errorMessage()).containsIgnoringCase("invalid");
        assertThat(login.isOtpShown()).isTrue();
        assertThat(driver.findElements(By.id("header-department"))).isEmpty();

        login.enterOtp(DemoAuthenticator.nextCode("dpsa.superadmin"));
        PortalPage portal = new PortalPage(driver).waitUntilLoaded();
        assertThat(portal.headerDepartment()).isEqualTo("DPSA platform");
        assertThat(portal.navigation()).contains("DPSA console");
    }

    @Test
    void aDpsaSuperAdminWithoutAnAuthenticatorMustRegisterOneBeforeGettingIn() {
        driver.get(PORTAL + "/");
        KeycloakLoginPage login = new KeycloakLoginPage(driver).waitUntilShown();
        login.signIn("dpsa.newadmin", PASSWORD);

        patiently(Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("totp")).isEmpty());
        assertThat(login.pageText()).containsIgnoringCase("authenticator");
        assertThat(login.currentUrl()).startsWith("http://localhost:18180/realms/isdip/");
        driver.get(PORTAL + "/dpsa");
        // Still not signed in to the portal: Keycloak asks again.
        patiently(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(
                "http://localhost:18180/"));
        assertThat(driver.findElements(By.id("header-department"))).isEmpty();
    }

    @Test
    void anOfficialSignsInWithoutASecondFactor() {
        PortalPage portal = signIn("kzn-transport.reporter", PASSWORD);
        assertThat(portal.headerDepartment()).isEqualTo("KwaZulu-Natal Department of Transport");
    }

    @Test
    void anOfficialOfADeactivatedDepartmentIsRefusedAndGetsBackInAfterReactivation() {
        TestUsers.runAs(DPSA, () -> administration.deactivate("kzn-transport",
                "Test: the department is suspended while it merges"));
        try {
            PortalPage portal = signIn("kzn-transport.official", PASSWORD);

            // Keycloak knows the user, but the portal refuses the inactive department: no department, no data.
            assertThat(portal.notAssignedHeading()).isEqualTo("You are not assigned to a department");
            assertThat(driver.findElements(By.id("header-department"))).isEmpty();
            assertThat(portal.pageText()).doesNotContain("KwaZulu-Natal Department of Transport")
                    .doesNotContain("core services");
            portal.open("cases");
            portal.waitUntilLoaded();
            assertThat(portal.pageText()).doesNotContain("KwaZulu-Natal Department of Transport");
        } finally {
            TestUsers.runAs(DPSA, () -> administration.reactivate("kzn-transport"));
        }

        driver.manage().deleteAllCookies();
        driver.get("http://localhost:18180/realms/isdip/protocol/openid-connect/logout");
        driver.manage().deleteAllCookies();
        PortalPage again = signIn("kzn-transport.official", PASSWORD);
        assertThat(again.headerDepartment()).isEqualTo("KwaZulu-Natal Department of Transport");
    }
}
