package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;

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
        click(By.cssSelector("vaadin-button[aria-label='" + DEPARTMENT + " " + period.label() + ": Submitted']"));
        waitFor(By.id("review-heading"));
    }

}
