package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;

/**
 * An official who cannot use a mouse: signs in, logs a case, escalates it to DPSA; the reporting officer picks the
 * previous quarter in the period list and submits its report. Only keys are pressed. Every focus stop must show
 * where focus is; the new-case form is visited in reading order (title, category, description, save); the
 * escalation dialog keeps focus inside while open and gives it back to the button that opened it when closed with
 * Escape.
 */
class KeyboardOnlyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";

    @Autowired
    ReportingPeriods periods;

    @Test
    void logACaseEscalateItAndSubmitTheReportWithTheKeyboardOnly() {
        String title = "Keyboard-only case at the Pretoria office " + System.currentTimeMillis() % 100000;
        Keyboard keys = new Keyboard(driver);
        ReportingTestAccess.currentQuarter(periods);
        // Other tests submit the current quarter's reports (and DPSA accepts some); this journey submits the one
        // before, which they leave alone, choosing it in the period list with the keys.
        ReportingPeriod previous = ReportingTestAccess.previousQuarter(periods);

        signInWithKeys("dha.official");
        keys.tabToMatching("path=cases>", 40);
        keys.press(Keys.ENTER);
        waitFor(By.id("new-case"));
        keys.tabTo("new-case", 40);
        keys.press(Keys.ENTER);
        waitFor(By.id("case-title"));

        // The form in reading order: title, category, description, then save.
        keys.forgetStops();
        keys.tabTo("case-title", 40);
        keys.type(title);
        keys.tabTo("case-category", 5);
        keys.press(Keys.ENTER);
        patiently(java.time.Duration.ofSeconds(10)).until(d -> keys.focus() != null
                && keys.focus().chain().stream().anyMatch(node -> node.contains("<vaadin-select-item")));
        keys.type("Service standards");
        keys.press(Keys.ENTER);
        waitForText(By.id("case-category"), "Service standards");
        keys.tabTo("case-description", 10);
        keys.type("The office opens an hour late every Monday; people queue outside in the rain.");
        keys.tabTo("case-save", 10);
        assertThat(indexOf(keys.stops(), "case-title")).isLessThan(indexOf(keys.stops(), "case-category"));
        assertThat(indexOf(keys.stops(), "case-category")).isLessThan(indexOf(keys.stops(), "case-description"));
        assertThat(indexOf(keys.stops(), "case-description")).isLessThan(indexOf(keys.stops(), "case-save"));
        keys.press(Keys.ENTER);
        waitForText(By.id("case-heading"), title);

        // Escalating: the dialog holds focus while open, and Escape gives it back to the button.
        keys.tabTo("case-action-escalate", 60);
        keys.press(Keys.ENTER);
        waitFor(By.id("case-dialog-text"));
        for (int i = 0; i < 8; i++) {
            keys.press(Keys.TAB);
            assertThat(keys.focus()).as("focus after %s Tab presses in the open dialog", i + 1).isNotNull();
            assertThat(keys.focus().chain()).as("focus stays in the dialog")
                    .anyMatch(node -> node.contains("<vaadin-dialog"));
        }
        keys.press(Keys.ESCAPE);
        patiently(java.time.Duration.ofSeconds(10)).until(d -> d.findElements(By.id("case-dialog-text")).isEmpty());
        assertThat(keys.focusIsIn("case-action-escalate")).as("focus is back on the escalate button").isTrue();

        keys.press(Keys.ENTER);
        waitFor(By.id("case-dialog-text"));
        keys.tabTo("case-dialog-text", 10);
        keys.type("Needs DPSA guidance: the opening hours standard is not in the service charter.");
        keys.tabTo("case-dialog-confirm", 10);
        keys.press(Keys.ENTER);
        waitForText(By.id("case-badges"), "Escalated");

        keys.tabTo("logout", 80);
        keys.pressToLeave(Keys.ENTER);
        new KeycloakLoginPage(driver).waitUntilShown();
        // Keycloak's page puts focus in the username field, and shows it (the portal's sign-in theme).
        patiently(java.time.Duration.ofSeconds(10)).until(d -> keys.focusIsIn("username"));
        keys.assertFocusVisible();

        // The reporting officer picks the previous quarter and submits its report.
        signInWithKeys("dha.reporter");
        keys.tabToMatching("path=reporting>", 40);
        keys.press(Keys.ENTER);
        waitFor(By.id("report-status"));
        keys.tabTo("report-period", 40);
        keys.press(Keys.ENTER);
        patiently(java.time.Duration.ofSeconds(10)).until(d -> keys.focus() != null
                && keys.focus().chain().stream().anyMatch(node -> node.contains("<vaadin-select-item")));
        keys.press(Keys.ARROW_DOWN);
        keys.press(Keys.ENTER);
        waitForText(By.id("report-period"), previous.label());
        waitFor(By.id("report-submit"));
        keys.tabTo("report-submit", 200);
        keys.press(Keys.ENTER);
        waitForText(By.id("report-status"), "submitted, awaiting DPSA");
    }

    /** Keycloak's sign-in page puts focus in the username field; the rest is typed, Tab and Enter. */
    private void signInWithKeys(String username) {
        driver.get(PORTAL + "/");
        new KeycloakLoginPage(driver).waitUntilShown();
        new Actions(driver).sendKeys(username).sendKeys(Keys.TAB).sendKeys(PASSWORD).sendKeys(Keys.ENTER).perform();
        new PortalPage(driver).waitUntilLoaded();
        AxeCheck.waitUntilVaadinIsIdle(driver);
    }

    private static int indexOf(List<String> stops, String id) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).contains("#" + id + "<")) {
                return i;
            }
        }
        throw new AssertionError("#" + id + " was never focused; the stops were " + stops);
    }
}
