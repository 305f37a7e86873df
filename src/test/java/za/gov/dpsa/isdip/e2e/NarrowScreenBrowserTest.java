package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;

/**
 * The portal on a phone (360 × 800): the drawer opens with its toggle, the case list, a case, a new case and the
 * reporting page all fit the screen's width (only a grid scrolls sideways, inside itself), and the grid's "Columns"
 * menu brings back a column the phone hid. Then on a 1,366 × 900 laptop: the case list's dates and references and the
 * reporting console's department names are shown in full.
 */
class NarrowScreenBrowserTest extends BrowserTestBase {

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
        waitFor(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Category']")).click();
        patiently(Duration.ofSeconds(10)).until(d -> d.findElements(category).stream().anyMatch(WebElement::isDisplayed));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        fitsTheScreen("case list with the category");
        screenshot("case-list-category");
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
    void onALaptopTheCaseListsDatesAndReferencesAndTheConsolesDepartmentNamesAreShownInFull() {
        driver.manage().window().setSize(new Dimension(1366, 900));
        ReportingTestAccess.currentQuarter(periods);

        // A case of today, so the list has a row with a reference and two dates.
        PortalPage portal = signIn("dha.official", PASSWORD);
        portal.open("cases/new");
        waitFor(By.cssSelector("#case-title input")).sendKeys("Laptop widths " + System.currentTimeMillis() % 100000);
        waitFor(By.cssSelector("#case-description textarea")).sendKeys("Checking the list's columns.");
        click("case-category");
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Service standards']")).click();
        click("case-save");
        waitFor(By.id("case-heading"));
        portal.open("cases");
        waitFor(By.id("case-grid"));
        List<?> cells = patiently(Duration.ofSeconds(30)).until(d -> {
            List<?> found = (List<?>) script("""
                    return [...document.querySelectorAll('#case-grid vaadin-grid-cell-content')]
                      .filter(c => c.getClientRects().length > 0)
                      .filter(c => /^(\\d{4}-\\d{2}-\\d{2}|[A-Z][A-Z0-9-]*-\\d{4}-\\d+)$/.test(c.textContent.trim()))
                      .map(c => c.textContent.trim() + ' ' + c.scrollWidth + ' ' + c.clientWidth);
                    """);
            return found.size() >= 3 ? found : null;
        });
        assertThat(cells).as("dates and references (text, scroll width, width)").allSatisfy(cell -> {
            String[] parts = cell.toString().split(" ");
            assertThat(Integer.parseInt(parts[1])).as(cell.toString()).isLessThanOrEqualTo(Integer.parseInt(parts[2]));
        });
        fitsTheScreen("case list at 1,366");
        screenshot("case-list-1366");
        portal.logout();
        new KeycloakLoginPage(driver).waitUntilShown();

        // DPSA's console: every department's name in full, wrapped onto a second line if need be.
        signIn("dpsa.superadmin", PASSWORD).open("dpsa/reporting");
        waitFor(By.id("report-matrix"));
        List<?> names = patiently(Duration.ofSeconds(30)).until(d -> {
            List<?> found = (List<?>) script("""
                    return [...document.querySelectorAll('#report-matrix .portal-cell-wrap')]
                      .filter(s => s.getClientRects().length > 0)
                      .map(s => { const c = s.parentElement;
                        return [s.textContent.trim(), c.scrollWidth, c.clientWidth, c.scrollHeight, c.clientHeight]; });
                    """);
            return found.isEmpty() ? null : found;
        });
        assertThat(names).as("department names (text, scroll width, width, scroll height, height)")
                .anySatisfy(row -> assertThat(((List<?>) row).getFirst().toString())
                        .isEqualTo("Western Cape Education Department"))
                .allSatisfy(row -> {
                    List<?> r = (List<?>) row;
                    assertThat(((Number) r.get(1)).intValue()).as(r.toString())
                            .isLessThanOrEqualTo(((Number) r.get(2)).intValue());
                    assertThat(((Number) r.get(3)).intValue()).as(r.toString())
                            .isLessThanOrEqualTo(((Number) r.get(4)).intValue() + 1);
                });
        fitsTheScreen("reporting console at 1,366");
        screenshot("reporting-console-1366");
    }

    /** Opens the overlay drawer with its toggle and follows the named item of the side navigation. */
    private void openInDrawer(String item) {
        click(By.cssSelector("vaadin-drawer-toggle"));
        waitFor(By.cssSelector("vaadin-app-layout[drawer-opened]"));
        assertThat(waitFor(By.id("drawer-user")).getText()).contains("Signed in as");
        screenshot("drawer");
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + item + "']"));
    }

    private void assertVisible(By... elements) {
        for (By by : elements) {
            WebElement element = waitFor(by);
            scrollTo(element);
            assertThat(element.isDisplayed()).as(by.toString()).isTrue();
        }
    }

    /**
     * No sideways scrolling of the page: its width is the window's. The failure names the elements that stick out,
     * to find the culprit without a screenshot.
     */
    private void fitsTheScreen(String page) {
        // A moment for the layout to settle after Vaadin's round trip.
        try {
            patiently(Duration.ofSeconds(5)).until(d -> (Long) script(
                    "return document.documentElement.scrollWidth - window.innerWidth") <= 0);
        } catch (org.openqa.selenium.TimeoutException stillTooWide) {
            // Reported below, with the elements that stick out.
        }
        long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
        long innerWidth = (Long) script("return window.innerWidth");
        if (scrollWidth > innerWidth) {
            Object wide = script("""
                    return [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                      .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
                        + Math.round(e.getBoundingClientRect().right)).join('; ');
                    """);
            screenshot("too-wide-" + page.replace(' ', '-'));
            throw new AssertionError(page + ": the page is " + scrollWidth + " px wide in a window of " + innerWidth
                    + " px; sticking out: " + wide);
        }
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }
}
