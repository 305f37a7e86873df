package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyCampaigns;
import za.gov.dpsa.isdip.advocacy.internal.NewCampaign;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.support.TestUsers;

/**
 * Advocacy end to end: DPSA publishes and features a video, an official finds it on the home dashboard, opens it
 * (counted in the department) and logs a campaign activity.
 */
class AdvocacyJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";

    @Autowired
    AdvocacyCampaigns campaigns;

    @Test
    void dpsaPublishesAndFeaturesTheOfficialFindsItUsesItAndLogsAnActivity() {
        String title = "Courtesy at the front desk " + System.currentTimeMillis() % 100000;
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        String campaign = "Front desk week " + title.substring(title.length() - 5);
        TestUsers.runAs(TestUsers.user("dpsa.superadmin", null, "dpsa-admin"), () -> campaigns.create(
                new NewCampaign(campaign, "A week on courtesy at every front desk.", today.minusDays(2),
                        today.plusDays(2), true, Set.of())));

        // DPSA publishes a video link for every department and features it.
        PortalPage portal = signIn("dpsa.superadmin", PASSWORD);
        portal.open("advocacy/new?source=dpsa");
        type("resource-title", title);
        typeArea("resource-summary", "A three-minute video on greeting citizens and explaining delays politely.");
        choose("resource-kind", "Video");
        pick("resource-mechanisms", "Batho Pele");
        pick("resource-audiences", "Frontline officials");
        type("resource-link", "https://www.youtube.com/watch?v=courtesy");
        click("resource-publish");
        waitForText(By.id("resource-heading"), title);
        click("resource-feature");
        waitForText(By.id("resource-feature"), "Stop featuring");
        portal.logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // An official finds it on the home dashboard, opens it, and the use is counted in the department.
        signIn("dha.official", PASSWORD);
        waitForText(By.id("advocacy-dashboard-featured"), title);
        waitFor(By.linkText(title)).click();
        waitForText(By.id("resource-heading"), title);
        String portalWindow = driver.getWindowHandle();
        assertThat(waitFor(By.id("resource-open")).getAttribute("href")).isEqualTo(
                "https://www.youtube.com/watch?v=courtesy");
        click("resource-open");
        driver.switchTo().window(portalWindow);
        patiently(Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return waitFor(By.id("resource-uses")).getText().contains("Used once in your department");
        });

        // The library finds it by type and words.
        new PortalPage(driver).open("advocacy?type=VIDEO");
        type("advocacy-search", "courtesy front desk");
        waitForText(By.id("advocacy-count"), "1 resource");
        assertThat(driver.findElement(By.id("advocacy-results")).getText()).contains(title, "Video", "Featured");
        screenshot("AdvocacyJourneyBrowserTest-library");

        // The official logs a campaign activity and sees the department's totals.
        new PortalPage(driver).open("advocacy/campaigns");
        click("activity-campaign");
        waitFor(By.xpath("//vaadin-select-item[contains(., '" + campaign + "')]")).click();
        type("activity-title", "Courtesy workshop at the Randburg office");
        WebElement heldOn = waitFor(By.id("activity-held-on"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", heldOn, today.toString());
        choose("activity-type", "Workshop");
        type("activity-people", "35");
        click("activity-log");
        waitForText(By.id("activity-totals"), "1 activity logged, reaching 35 people.");
        assertThat(driver.findElement(By.id("activity-list")).getText())
                .contains("Courtesy workshop at the Randburg office");
    }

    private void type(String id, String text) {
        WebElement field = waitFor(By.cssSelector("#" + id + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.sendKeys(text);
    }

    private void typeArea(String id, String text) {
        waitFor(By.cssSelector("#" + id + " textarea")).sendKeys(text);
    }

    private void choose(String selectId, String label) {
        click(selectId);
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")).click();
    }

    private void pick(String comboId, String label) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(label);
        waitFor(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + label + "']")).click();
        input.sendKeys(Keys.ESCAPE);
    }
}
