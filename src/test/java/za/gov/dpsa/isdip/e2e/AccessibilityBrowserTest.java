package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA in the browser: axe-core checks every view each role can reach, from its side navigation and from the
 * detail pages its grids open, and the test fails on any serious or critical finding, naming the page, the rule and
 * the element. Each role is its own test, so one role's findings do not hide another's. DPSA's test runs after the
 * official's, which escalates the case DPSA opens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";

    @Test
    void theSignInPagesAndThePublicPagesPass() {
        AxeCheck axe = new AxeCheck(driver);
        driver.get(PORTAL + "/");
        new KeycloakLoginPage(driver).waitUntilShown();
        axe.check("Keycloak sign-in");
        driver.get(PORTAL + "/verify");
        waitFor(By.tagName("h1"));
        axe.check("verify");
        assertNoBlockingFindings(axe);
    }

    @Test
    @Order(1)
    void aDepartmentOfficialsViewsPass() {
        signIn("dha.official", PASSWORD);
        AxeCheck axe = checkNavigation();
        // A new case, the case's page, and its escalation dialog open: the escalation is what DPSA's test opens.
        open(axe, "cases/new");
        type(By.cssSelector("#case-title input"), "Accessibility check: queue at the Soweto office");
        click("case-category");
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Service standards']"));
        type(By.cssSelector("#case-description textarea"), "People wait outside for three hours before the doors open.");
        click("case-save");
        waitFor(By.id("case-heading"));
        axe.check("case");
        click("case-action-escalate");
        type(By.cssSelector("#case-dialog-text textarea"), "Needs DPSA guidance on the opening hours standard.");
        axe.check("case: escalation dialog");
        click("case-dialog-confirm");
        waitForText(By.id("case-badges"), "Escalated");
        openFirstRow(axe, "cases", "case-grid", "case-heading");
        assertNoBlockingFindings(axe);
    }

    @Test
    void aDepartmentAdministratorsViewsPass() {
        signIn("dha.admin", PASSWORD);
        AxeCheck axe = checkNavigation();
        open(axe, "advocacy/new");
        assertNoBlockingFindings(axe);
    }

    @Test
    void aDepartmentReportersViewsPass() {
        signIn("dha.reporter", PASSWORD);
        AxeCheck axe = checkNavigation();
        assertNoBlockingFindings(axe);
    }

    @Test
    @Order(2)
    void aDpsaSuperAdminsViewsPass() {
        signIn("dpsa.superadmin", PASSWORD);
        AxeCheck axe = checkNavigation();
        openFirstRow(axe, "dpsa/escalations", "escalation-grid", "escalation-heading");
        open(axe, "standards/catalogue/standard");
        open(axe, "standards/catalogue/requirement");
        assertNoBlockingFindings(axe);
    }

    @Test
    void aTrainersViewsPass() {
        signIn("trainer.thandi", PASSWORD);
        AxeCheck axe = checkNavigation();
        // Without a course the address leads to no page: the answer is the portal's own error page.
        open(axe, "training/courses/edit");
        assertNoBlockingFindings(axe);
    }

    @Test
    void theNotAssignedPagePasses() {
        AxeCheck axe = new AxeCheck(driver);
        signIn("unassigned.user", PASSWORD);
        axe.check("not-assigned");
        assertNoBlockingFindings(axe);
    }

    /**
     * Every view in this user's side navigation, home first, and every view those pages link to (one step further,
     * each view once): the sub-pages of a module (catalogues, editors, dashboards) are reached as a user would.
     */
    private AxeCheck checkNavigation() {
        AxeCheck axe = new AxeCheck(driver);
        Set<String> visited = new LinkedHashSet<>();
        visited.add("");
        axe.check("home");
        Set<String> linked = new LinkedHashSet<>(linksInContent());
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement item : driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
            String path = item.getAttribute("path");
            if (path != null && !path.isBlank()) {
                paths.add(path);
            }
        }
        assertThat(paths).as("the side navigation").isNotEmpty();
        for (String path : paths) {
            if (visited.add(view(path))) {
                open(axe, path);
                linked.addAll(linksInContent());
            }
        }
        for (String path : linked) {
            if (visited.add(view(path))) {
                open(axe, path);
            }
        }
        return axe;
    }

    /**
     * The view an address opens: without its query, and with each part that names a record (it has a digit) as
     * "#", so the library's twenty resources are one view, checked once.
     */
    private static String view(String path) {
        return String.join("/", java.util.Arrays.stream(path.split("\\?")[0].split("/"))
                .map(part -> part.matches(".*\\d.*") ? "#" : part).toList());
    }

    /** The portal's own pages this view links to: not downloads, not sign-out, not other sites. */
    @SuppressWarnings("unchecked")
    private List<String> linksInContent() {
        AxeCheck.waitUntilVaadinIsIdle(driver);
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const base = document.baseURI;
                return [...document.querySelectorAll('a[href]')]
                    .filter(a => !a.closest('vaadin-side-nav') && !a.hasAttribute('download'))
                    .map(a => new URL(a.getAttribute('href'), base))
                    .filter(u => u.origin === location.origin && !u.pathname.includes('/VAADIN/')
                        && !u.pathname.startsWith('/logout') && !u.pathname.startsWith('/api/'))
                    .map(u => (u.pathname + u.search).replace(/^\\//, ''));""");
    }

    /** Opens the address and checks the page once it shows a heading (views outside the portal's frame too). */
    private void open(AxeCheck axe, String path) {
        driver.get(PORTAL + "/" + path);
        waitFor(By.cssSelector("#header-department, #not-assigned-heading, h1"));
        axe.check(path);
    }

    /** Opens the list, then the first row's own page, and checks that page. */
    private void openFirstRow(AxeCheck axe, String listPath, String gridId, String detailHeadingId) {
        driver.get(PORTAL + "/" + listPath);
        waitFor(By.id(gridId));
        String before = driver.getCurrentUrl();
        WebElement firstCell = patiently(java.time.Duration.ofSeconds(30)).until(d -> (WebElement)
                ((JavascriptExecutor) d).executeScript("""
                        const grid = document.getElementById(arguments[0]);
                        const slot = grid && grid.shadowRoot
                            && grid.shadowRoot.querySelector('#items tr:not([hidden]) td slot');
                        const content = slot && slot.assignedElements()[0];
                        return content && content.textContent.trim() ? content : null;""", gridId));
        scrollTo(firstCell);
        firstCell.click();
        patiently(java.time.Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before));
        if (detailHeadingId != null) {
            waitFor(By.id(detailHeadingId));
        }
        String path = driver.getCurrentUrl().substring(PORTAL.length() + 1);
        axe.check(path);
    }

    private static void assertNoBlockingFindings(AxeCheck axe) {
        List<String> findings = axe.findings();
        assertThat(findings)
                .as("serious or critical WCAG 2.1 AA findings on %s", axe.pagesChecked())
                .isEmpty();
    }
}
