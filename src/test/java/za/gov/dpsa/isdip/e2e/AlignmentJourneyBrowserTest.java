package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Standards alignment from end to end: DPSA publishes a new harmonised standard in the catalogue, a department
 * official assesses it with evidence, and the department's alignment dashboard shows the changed figures for
 * every mechanism the standard serves.
 */
class AlignmentJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";

    @Test
    void dpsaPublishesAStandardADepartmentAssessesItAndItsDashboardUpdates() {
        // DPSA publishes HS-12, answering a demand of the OMF and one of the complaints framework.
        signIn("dpsa.superadmin", PASSWORD).open("standards/catalogue/standard");
        type(By.cssSelector("#standard-code input"), "HS-12");
        type(By.cssSelector("#standard-title input"), "Service point complaints boxes");
        type(By.cssSelector("#standard-requirement textarea"),
                "Every service point has a visible complaints and compliments box that is emptied and logged weekly.");
        type(By.cssSelector("#standard-evidence textarea"), "Photos of the boxes; the weekly log");
        tick("standard-requirements", "OMF-36-2");
        tick("standard-requirements", "CCM-1");
        click("standard-publish");
        WebElement card = waitFor(By.id("standard-HS-12-v1"));
        assertThat(card.getText()).contains("Published").contains("Operations Management Framework (OMF)").contains("Complaints management");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The department official sees it on the dashboard, not yet answered.
        PortalPage portal = signIn("gp-health.official", PASSWORD);
        portal.open("standards");
        String overallBefore = waitFor(By.id("alignment-overall")).getText();
        String complaintsBefore = waitFor(By.id("alignment-by-mechanism-complaints-management")).getText();
        String omfBefore = waitFor(By.id("alignment-by-mechanism-omf")).getText();

        // ... assesses it with evidence ...
        portal.open("standards/assess/HS-12");
        waitForText(By.id("assessment-heading"), "HS-12 Service point complaints boxes");
        choose("assessment-rating", "Compliant");
        type(By.cssSelector("#assessment-evidence textarea"),
                "Boxes installed at all 37 hospitals; weekly logs kept by the complaints officers.");
        type(By.cssSelector("#assessment-link input"), "https://www.gauteng.gov.za/health/complaints-boxes.pdf");
        click("assessment-save");
        waitForTextContent(By.id("assessment-current-summary"), "Compliant, for version 1");

        // ... and the dashboard shows the changed figures for both mechanisms the one answer counts for.
        portal.open("standards");
        String overallAfter = waitFor(By.id("alignment-overall")).getText();
        assertThat(overallAfter).isNotEqualTo(overallBefore);
        assertThat(waitFor(By.id("alignment-by-mechanism-complaints-management")).getText()).isNotEqualTo(complaintsBefore);
        assertThat(waitFor(By.id("alignment-by-mechanism-omf")).getText()).isNotEqualTo(omfBefore);
        assertThat(met(overallAfter)).isEqualTo(met(overallBefore) + 1);
    }

    /** The "n" of "(n of m met)". */
    private static int met(String figure) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\((\\d+) of \\d+ met\\)").matcher(figure);
        assertThat(matcher.find()).as(figure).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** Ticks the checkbox of a group whose label starts with the given text. */
    private void tick(String groupId, String labelStart) {
        WebElement checkbox = waitFor(By.id(groupId)).findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.getText().startsWith(labelStart)).findFirst().orElseThrow();
        scrollTo(checkbox);
        checkbox.findElement(By.cssSelector("input")).click();
    }

    /** Chooses the radio button with exactly this label. */
    private void choose(String groupId, String label) {
        List<WebElement> buttons = waitFor(By.id(groupId)).findElements(By.cssSelector("vaadin-radio-button"));
        WebElement button = buttons.stream().filter(b -> b.getText().strip().equals(label)).findFirst().orElseThrow();
        scrollTo(button);
        button.findElement(By.cssSelector("input")).click();
    }

}
