package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;


/**
 * The portal on a phone (360 × 800): the drawer opens with its toggle, the case list, a case, a new case and the
 * reporting page all fit the screen's width (only a grid scrolls sideways, inside itself), and the grid's "Columns"
 * menu brings back a column the phone hid. The same grids on a laptop: {@link LaptopColumnsBrowserTest}.
 */
class NarrowScreenBrowserTest extends ScreenSizeBrowserTest {

    private static final String PASSWORD = "isdip-demo";

    @Autowired
    ReportingPeriods periods;

    @Override
    protected String windowSize() {
        return "360,800";
    }

    @Test
    void onAPhoneTheCasesAndReportingPagesFitTheScreenAndTheDrawerOpensWithItsToggle() {
        String title = "Queue at Bellville office " + System.currentTimeMillis() % 100000;
        // The reporting officer's page shows a report once DPSA has opened a period.
        ReportingTestAccess.currentQuarter(periods);

        PortalPage portal = signIn("dha.official", PASSWORD);
        assertThat(script("return window.innerWidth")).isEqualTo(360L);
        fitsTheScreen("home");
        assertVisible(By.id("logout"), By.id("header-language"), By.id("header-department"),
                By.cssSelector("vaadin-drawer-toggle"));
        screenshot("home");

        // The drawer is an overlay on a phone: its toggle opens it, and the user's name moved there from the header.
        openInDrawer("Cases");
        waitFor(By.id("case-grid"));
        fitsTheScreen("case list");
        assertVisible(By.id("new-case"), By.id("case-search"), By.id("case-grid"), By.id("case-grid-columns"));
        screenshot("case-list");

        // Log a case.
        click("new-case");
        waitFor(By.cssSelector("#case-title input")).sendKeys(title);
        waitFor(By.cssSelector("#case-description textarea"))
                .sendKeys("The queue for birth certificates runs out of the door by eight.");
        click("case-category");
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Service standards']")).click();
        fitsTheScreen("new case");
        assertVisible(By.id("case-save"));
        screenshot("new-case");
        click("case-save");
        assertThat(waitFor(By.id("case-heading")).getText()).endsWith(title);
        fitsTheScreen("case");
        screenshot("case");

        // Back to the list through the drawer, and open the case from its row: the title shows on a phone.
        openInDrawer("Cases");
        waitFor(By.id("case-grid"));
        By category = By.xpath("//vaadin-grid-cell-content[.//vaadin-grid-sorter[normalize-space(.)='Category']]");
        assertThat(driver.findElements(category)).allSatisfy(header -> assertThat(header.isDisplayed()).isFalse());
        // The Columns menu brings the category back; the grid, not the page, scrolls sideways.
        click("case-grid-columns");
        // The menu's items move while its overlay opens: a click at that moment lands on a neighbour, so the click
        // is repeated until the item itself takes it.
        By categoryItem = By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Category']");
        patiently(Duration.ofSeconds(10)).until(d -> {
            try {
                d.findElement(categoryItem).click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException | org.openqa.selenium.NoSuchElementException
                     | org.openqa.selenium.StaleElementReferenceException notYet) {
                return false;
            }
        });
        patiently(Duration.ofSeconds(10))
                .until(d -> d.findElements(category).stream().anyMatch(WebElement::isDisplayed));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        patiently(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Category']")));
        fitsTheScreen("case list with the category");
        screenshot("case-list-category");
        // "Case saved." covers the bottom of a phone's screen for a few seconds.
        patiently(Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.tagName("vaadin-notification-card")));
        click(By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]"));
        assertThat(waitFor(By.id("case-heading")).getText()).endsWith(title);
        fitsTheScreen("case opened from the list");
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // The reporting officer's page.
        signIn("dha.reporter", PASSWORD).open("reporting");
        waitFor(By.id("report-status"));
        fitsTheScreen("reporting");
        assertVisible(By.id("report-period"), By.id("report-status"));
        screenshot("reporting");
    }

    @Test
    void everyPageInTheNavigationOfAnAdministratorAndOfDpsaFitsAPhone() {
        List<String> tooWide = new ArrayList<>();
        signIn("dha.admin", PASSWORD);
        everyPageInTheNavigation("dha-admin", tooWide);
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();
        signIn("dpsa.superadmin", PASSWORD);
        everyPageInTheNavigation("dpsa", tooWide);
        assertThat(tooWide).isEmpty();
    }

    /** Opens each page of the side navigation in turn, noting each that makes the page scroll sideways. */
    private void everyPageInTheNavigation(String who, List<String> tooWide) {
        // The drawer is closed on a phone: its items are there, not shown.
        patiently(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-side-nav-item")));
        List<String> paths = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("path")).filter(path -> path != null).toList();
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            driver.get(PORTAL + "/" + path);
            try {
                waitFor(By.tagName("h1"));
                fitsTheScreen(who + " " + (path.isEmpty() ? "home" : path.replace('/', '-')));
            } catch (AssertionError | org.openqa.selenium.TimeoutException wide) {
                tooWide.add(path + ": " + wide.getMessage());
            }
        }
    }

    /** Opens the overlay drawer with its toggle and follows the named item of the side navigation. */
    private void openInDrawer(String item) {
        click(By.cssSelector("vaadin-drawer-toggle"));
        waitFor(By.cssSelector("vaadin-app-layout[drawer-opened]"));
        assertThat(waitFor(By.id("drawer-user")).getText()).contains("Signed in as");
        screenshot("drawer");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + item + "']"));
    }
}
