package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A case from end to end, across four people: an official logs it, the administrator assigns it, the official
 * escalates it, DPSA replies from its central queue, and the official sees the reply and resolves the case.
 */
class CaseJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";

    @Test
    void logAssignEscalateDpsaRepliesTheDepartmentSeesItAndResolves() {
        String title = "Smart ID collection queue at Randburg " + System.currentTimeMillis() % 100000;

        // The official logs the case.
        PortalPage portal = signIn("dha.official", PASSWORD);
        portal.open("cases/new");
        type("case-title", title);
        typeArea("case-description", "Collection of smart ID cards takes four hours against a standard of one.");
        choose("case-category", "Service standards");
        click("case-save");
        String heading = waitFor(By.id("case-heading")).getText();
        assertThat(heading).endsWith(title);
        String caseUrl = driver.getCurrentUrl();
        portal.logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The administrator assigns it to the official.
        signIn("dha.admin", PASSWORD);
        driver.get(caseUrl);
        WebElement assignee = waitFor(By.cssSelector("#case-assign-to input"));
        assignee.sendKeys("Thabo");
        waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Thabo Nkosi')]")).click();
        patiently(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-combo-box-overlay[opened]")));
        click("case-action-assign");
        waitForText(By.id("case-timeline"), "assigned the case to Thabo Nkosi");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The official starts work and escalates to DPSA.
        signIn("dha.official", PASSWORD);
        driver.get(caseUrl);
        click("case-action-start");
        waitForText(By.id("case-badges"), "In progress");
        click("case-action-escalate");
        typeArea("case-dialog-text", "Needs DPSA guidance: the collection standard conflicts with the SDIP.");
        click("case-dialog-confirm");
        waitForText(By.id("case-badges"), "Escalated");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // DPSA finds it in the central queue and replies.
        signIn("dpsa.superadmin", PASSWORD);
        driver.get(PORTAL + "/dpsa/escalations");
        waitFor(By.id("escalation-grid"));
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]")).click();
        waitFor(By.id("escalation-heading"));
        typeArea("escalation-reply", "Align the SDIP standard to one hour; DPSA will update the harmonised standard.");
        click("escalation-send");
        waitForText(By.id("escalation-conversation"), "Align the SDIP standard to one hour");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The department sees DPSA's reply in its own timeline, and resolves.
        signIn("dha.official", PASSWORD);
        driver.get(caseUrl);
        waitForText(By.id("case-timeline"), "Align the SDIP standard to one hour");
        assertThat(driver.findElement(By.id("case-timeline")).getText()).contains("(DPSA)");
        click("case-action-resolve");
        typeArea("case-dialog-text", "Standard aligned; queue management introduced at the collection counter.");
        click("case-dialog-confirm");
        waitForText(By.id("case-badges"), "Resolved");
        assertThat(driver.findElement(By.id("case-resolution")).getText()).contains("queue management introduced");
    }

    private void type(String id, String text) {
        waitFor(By.cssSelector("#" + id + " input")).sendKeys(text);
    }

    private void typeArea(String id, String text) {
        waitFor(By.cssSelector("#" + id + " textarea")).sendKeys(text);
    }

    private void choose(String selectId, String label) {
        click(selectId);
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")).click();
    }
}
