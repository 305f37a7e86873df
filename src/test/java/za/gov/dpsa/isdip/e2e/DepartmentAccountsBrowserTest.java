package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A department from nothing to working colleagues, through the real Keycloak: DPSA onboards it with its first
 * administrator from the console and gets a one-time setup link to hand over; the administrator opens it, chooses
 * a password, signs in, lands in the new department, and invites a colleague from the People page.
 */
class DepartmentAccountsBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";

    @Test
    void dpsaOnboardsADepartmentWhoseFirstAdministratorSignsInAndInvitesAColleague() {
        String id = "lp-e2e-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String name = "Limpopo Department of Browser Testing " + id.substring(7);
        String adminEmail = "head.it@" + id + ".example.gov.za";

        PortalPage portal = signIn("dpsa.superadmin", PASSWORD);
        portal.open("dpsa");
        type(By.cssSelector("#onboard-id input"), id);
        type(By.cssSelector("#onboard-name input"), name);
        type(By.cssSelector("#onboard-short-code input"), "LPB" + id.substring(7, 9).toUpperCase());
        WebElement province = waitFor(By.cssSelector("#onboard-province input"));
        scrollTo(province);
        province.sendKeys("Limpopo");
        waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Limpopo')]")).click();
        type(By.cssSelector("#onboard-admin-email input"), adminEmail);
        type(By.cssSelector("#onboard-admin-first-name input"), "Tshilidzi");
        type(By.cssSelector("#onboard-admin-last-name input"), "Ramabulana");
        click("onboard-button");

        patiently(Duration.ofSeconds(90)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("onboarding-link")));
        String setupLink = driver.findElement(By.cssSelector("#onboarding-link input")).getAttribute("value");
        assertThat(setupLink).startsWith(PORTAL + "/account-setup/");
        assertThat(driver.findElement(By.id("onboarding-result")).getText()).contains("shown only now");
        screenshot("1-onboarded");
        click("onboarding-result-close");
        waitFor(By.id("dpsa-departments"));
        portal.logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // Before setting up, the new administrator cannot sign in at all.
        new KeycloakLoginPage(driver).signIn(adminEmail, "Limpopo-Admin-2026!");
        assertThat(new KeycloakLoginPage(driver).errorMessage()).containsIgnoringCase("invalid");

        // The new administrator opens the link, not signed in, and chooses their password (mistakes on the field).
        driver.manage().deleteAllCookies();
        driver.get(setupLink);
        assertThat(waitFor(By.id("setup-heading")).getText()).isEqualTo("Set up your account");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(adminEmail);
        type(By.cssSelector("#setup-password input"), "Limpopo-Admin-2026!");
        type(By.cssSelector("#setup-repeat input"), "Limpopo-Admin-2026?");
        click("setup-save");
        assertThat(waitFor(By.id("setup-repeat")).getAttribute("invalid")).isNotNull();
        screenshot("2-setup-page");
        type(By.cssSelector("#setup-repeat input"), "Limpopo-Admin-2026!");
        click("setup-save");
        waitFor(By.id("setup-done"));
        // The link worked once.
        driver.get(setupLink);
        assertThat(waitFor(By.id("setup-unusable")).getText()).isEqualTo("This link no longer works");

        driver.get(PORTAL + "/");
        new KeycloakLoginPage(driver).waitUntilShown().signIn(adminEmail, "Limpopo-Admin-2026!");
        PortalPage adminPortal = new PortalPage(driver).waitUntilLoaded();
        assertThat(adminPortal.headerDepartment()).isEqualTo(name);
        assertThat(adminPortal.navigation()).contains("People").doesNotContain("DPSA console");

        adminPortal.open("people");
        waitForText(By.id("people-grid"), adminEmail);
        assertThat(driver.findElement(By.id("people-grid")).getText()).contains("Tshilidzi Ramabulana")
                .doesNotContain("dha.official");

        // Bad input is refused on the field; then a colleague is invited and gets a one-time password too.
        type(By.cssSelector("#invite-email input"), "not-an-email");
        type(By.cssSelector("#invite-first-name input"), "Mpho");
        type(By.cssSelector("#invite-last-name input"), "Netshitenzhe");
        click("invite-button");
        assertThat(waitFor(By.id("invite-email")).getAttribute("invalid")).isNotNull();
        WebElement email = waitFor(By.cssSelector("#invite-email input"));
        email.sendKeys(Keys.chord(Keys.CONTROL, "a"), "clerk@" + id + ".example.gov.za");
        click("invite-button");
        assertThat(waitFor(By.cssSelector("#invitation-link input")).getAttribute("value"))
                .startsWith(PORTAL + "/account-setup/");
        click("invitation-close");
        waitForText(By.id("people-grid"), "clerk@" + id + ".example.gov.za");
        assertThat(driver.findElement(By.id("people-grid")).getText()).contains("Invited, not set up yet");
        waitForText(By.id("people-changes"), "Invited");
        // The change's detail in words, not the stored code.
        waitForText(By.id("people-changes"), "One-time setup link issued.");
        assertThat(driver.findElement(By.id("people-changes")).getText()).doesNotContain("LINK:")
                .doesNotContain("dept-user");
    }

    @Test
    void anOfficialHasNoPeoplePage() {
        PortalPage portal = signIn("del.official", PASSWORD);
        assertThat(portal.navigation()).doesNotContain("People");
        portal.open("people");
        portal.waitUntilLoaded();
        assertThat(portal.pageText()).doesNotContain("Invite a colleague").doesNotContain("del.admin");
    }

}
