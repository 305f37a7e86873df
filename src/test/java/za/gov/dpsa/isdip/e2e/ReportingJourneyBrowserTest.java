package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.ReportingTestAccess;

/**
 * One-click reporting from end to end: the reporting officer prepares and submits, DPSA returns it with reasons,
 * the officer corrects and resubmits, DPSA accepts, and the department sees its report accepted.
 */
class ReportingJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";
    private static final String DEPARTMENT = "Western Cape Education Department";

    @Autowired
    ReportingPeriods periods;

    @Test
    void prepareSubmitReturnResubmitAcceptAndTheDepartmentSeesItAccepted() {
        ReportingPeriod period = ReportingTestAccess.currentQuarter(periods);

        // The reporting officer prepares and submits.
        signIn("wc-education.reporter", PASSWORD).open("reporting");
        waitFor(By.id("report-status"));
        type(By.cssSelector("#manual-omf-servicesWithSops input"), "60");
        type(By.cssSelector("#narrative-cases-opened textarea"), "Learner transport complaints drove the cases.");
        click("report-submit");
        waitForText(By.id("report-status"), "submitted, awaiting DPSA");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // DPSA returns it with reasons.
        signIn("dpsa.superadmin", PASSWORD).open("dpsa/reporting");
        openCell(period);
        waitForText(By.id("review-status"), "submitted, awaiting DPSA");
        type(By.cssSelector("#review-reason textarea"), "Please explain the advocacy figure in the narrative.");
        click("review-return");
        waitForText(By.id("review-status"), "returned by DPSA");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The officer sees why, corrects and resubmits as version 2.
        signIn("wc-education.reporter", PASSWORD).open("reporting");
        waitForText(By.id("report-return-reason"), "Please explain the advocacy figure");
        type(By.cssSelector("#narrative-advocacy-activities textarea"), "Three Public Service Month events.");
        click("report-submit");
        waitForText(By.id("report-status"), "Version 2: submitted, awaiting DPSA");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // DPSA accepts version 2.
        signIn("dpsa.superadmin", PASSWORD).open("dpsa/reporting");
        openCell(period);
        waitForText(By.id("review-status"), "Version 2");
        click("review-accept");
        waitForText(By.id("review-status"), "accepted by DPSA");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The department sees its report accepted and locked.
        signIn("wc-education.reporter", PASSWORD).open("reporting");
        waitForText(By.id("report-status"), "Version 2: accepted by DPSA");
        assertThat(driver.findElements(By.id("report-submit"))).isEmpty();
        assertThat(driver.findElement(By.id("report-history")).getText()).contains("Version 1").contains("Version 2");
    }

    private void openCell(ReportingPeriod period) {
        waitFor(By.id("report-matrix"));
        waitFor(By.cssSelector("vaadin-button[aria-label='" + DEPARTMENT + " " + period.label() + ": Submitted']"))
                .click();
        waitFor(By.id("review-heading"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by,
                text));
    }

    /** The report is a long page: scroll the button to the middle first, clear of the header. */
    private void click(String id) {
        WebElement button = waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(button))
                .click();
    }

    private void type(By by, String text) {
        // Present is enough: typing scrolls the field into view.
        WebElement field = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(by));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(field));
        field.clear();
        field.sendKeys(text);
    }
}
