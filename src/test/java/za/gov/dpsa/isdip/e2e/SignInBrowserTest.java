package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Single sign-on through Keycloak and department isolation, as a user in a browser meets them. */
class SignInBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";
    /** A core service seeded for Home Affairs only (tenants/dha.yaml). */
    private static final String HOME_AFFAIRS_SERVICE = "Issuing of smart ID cards";

    @Test
    void officialOfHomeAffairsSeesTheirDepartmentAndItsSeededRecord() {
        PortalPage portal = signIn("dha.official", PASSWORD);

        assertThat(portal.headerDepartment()).isEqualTo("Department of Home Affairs");
        assertThat(portal.homeDepartmentName()).contains("Department of Home Affairs");
        assertThat(portal.coreServicesCard()).contains("4 core services registered").contains(HOME_AFFAIRS_SERVICE);
        assertThat(portal.navigation()).contains("Home", "Cases", "Standards", "Reporting")
                .doesNotContain("DPSA console");
    }

    @Test
    void officialOfAnotherDepartmentDoesNotSeeHomeAffairsRecords() {
        PortalPage portal = signIn("gp-health.official", PASSWORD);

        assertThat(portal.headerDepartment()).isEqualTo("Gauteng Department of Health");
        assertThat(portal.coreServicesCard()).contains("Emergency medical services");
        assertThat(portal.pageText()).doesNotContain(HOME_AFFAIRS_SERVICE);

        portal.open("standards");
        portal.waitFor(By.id("core-services"));
        assertThat(portal.pageText()).contains("Hospital services").doesNotContain(HOME_AFFAIRS_SERVICE);
    }

    @Test
    void wrongPasswordStaysOnKeycloakWithItsError() {
        driver.get(PORTAL + "/");
        KeycloakLoginPage login = new KeycloakLoginPage(driver).waitUntilShown();
        login.signIn("dha.official", "not-the-password");

        assertThat(login.errorMessage()).containsIgnoringCase("invalid username or password");
        assertThat(login.currentUrl()).startsWith("http://localhost:" + 18180 + "/realms/isdip/");
        assertThat(login.isShown()).isTrue();
    }

    @Test
    void logoutEndsTheKeycloakSessionAndReturnsToTheLoginPage() {
        PortalPage portal = signIn("dha.official", PASSWORD);
        portal.headerDepartment();

        portal.logout();

        KeycloakLoginPage login = new KeycloakLoginPage(driver).waitUntilShown();
        assertThat(login.isShown()).isTrue();
        // The Keycloak session is gone too: opening the portal asks for credentials again.
        driver.get(PORTAL + "/");
        assertThat(new KeycloakLoginPage(driver).waitUntilShown().isShown()).isTrue();
    }

    @Test
    void anExpiredSessionGoesBackThroughSignInWithoutAStackTrace() {
        PortalPage portal = signIn("dha.official", PASSWORD);
        portal.headerDepartment();

        // The portal's session ends (as after 30 idle minutes); Keycloak's own session is still alive.
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(item -> item.getText().equals("Standards")).findFirst().orElseThrow().click();
        patiently(Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains("Session expired") || text.contains("Department of Home Affairs")
                    || new KeycloakLoginPage(d).isShown();
        });
        assertThat(portal.pageText()).doesNotContain("Exception").doesNotContain("at za.gov");

        driver.navigate().refresh();
        assertThat(portal.waitUntilLoaded().headerDepartment()).isEqualTo("Department of Home Affairs");
        assertThat(portal.pageText()).doesNotContain("Exception");
    }

    @Test
    void userWithoutADepartmentGetsTheNotAssignedPageAndNoData() {
        PortalPage portal = signIn("unassigned.user", PASSWORD);

        assertThat(portal.notAssignedHeading()).isEqualTo("You are not assigned to a department");
        assertThat(portal.pageText()).doesNotContain(HOME_AFFAIRS_SERVICE).doesNotContain("core services");

        portal.open("standards");
        portal.waitUntilLoaded();
        assertThat(portal.pageText()).doesNotContain(HOME_AFFAIRS_SERVICE);
    }

    @Test
    void dpsaSuperAdminEntersADepartmentExplicitlyAndTheEntryIsLogged() {
        PortalPage portal = signIn("dpsa.superadmin", PASSWORD);
        assertThat(portal.headerDepartment()).isEqualTo("DPSA platform");
        assertThat(portal.hasCoreServicesCard()).isFalse();

        portal.open("dpsa");
        portal.waitFor(By.id("dpsa-departments"));
        click(By.xpath("//*[@id='dpsa-departments']//vaadin-grid-cell-content[text()='Department of Home Affairs']"));
        portal.click("enter-department");
        portal.waitFor(By.id("enter-reason"));
        portal.click("enter-confirm");
        // Too short a reason is refused with a message, and nothing is entered.
        assertThat(portal.waitFor(By.id("enter-reason")).getAttribute("invalid")).isNotNull();
        driver.findElement(By.cssSelector("#enter-reason textarea"))
                .sendKeys("Helping the department with an escalated case");
        portal.click("enter-confirm");

        patiently(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(
                By.id("header-department"), "Department of Home Affairs"));
        assertThat(portal.coreServicesCard()).contains(HOME_AFFAIRS_SERVICE);

        portal.click("leave-department");
        portal.waitFor(By.id("dpsa-access-log"));
        assertThat(driver.findElement(By.id("dpsa-access-log")).getText())
                .contains("Helping the department with an escalated case").contains("Entered").contains("Left");
        assertThat(portal.headerDepartment()).isEqualTo("DPSA platform");
    }
}
