package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a screen reader is given to say, read from the page as the reader gets it: a form's errors go to the live
 * region Vaadin keeps on the page (assertive), a refusal comes as an interrupting alert, and "saved" as a polite one.
 */
class ScreenReaderAnnouncementsBrowserTest extends BrowserTestBase {

    @Test
    void formErrorsAndRefusalsInterruptAndSavedIsAnnouncedPolitely() {
        signIn("dha.official", "isdip-demo").open("cases/new");
        waitFor(By.id("case-title"));

        // Saved with nothing filled in: each field says what is wrong, and the reader is told at once.
        click("case-save");
        List<String> fieldErrors = patiently(Duration.ofSeconds(10)).until(d -> {
            @SuppressWarnings("unchecked")
            List<String> errors = (List<String>) js("""
                    return ['case-title', 'case-category', 'case-description']
                        .map(id => document.getElementById(id))
                        .filter(f => f.invalid && f.errorMessage).map(f => f.errorMessage);""");
            return errors.isEmpty() ? null : errors;
        });
        String announced = patiently(Duration.ofSeconds(10)).until(d -> {
            Object text = js("""
                    const region = [...document.body.children].find(e => e.tagName === 'DIV'
                        && e.style.position === 'fixed' && (e.getAttribute('aria-live') || e.getAttribute('role')));
                    return region && region.textContent ? region.textContent : null;""");
            return (String) text;
        });
        assertThat(fieldErrors).contains(announced);
        Map<String, String> refusal = notificationCard();
        assertThat(refusal.get("role")).isEqualTo("alert");
        assertThat(refusal.get("live")).as("a refusal interrupts").isEqualTo("assertive");
        assertThat(refusal.get("text")).contains("The case was not saved");

        // Filled in and saved: the confirmation waits until the reader is idle.
        type(By.cssSelector("#case-title input"), "Announcements check: queue at the Bellville office");
        click("case-category");
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Service standards']"));
        type(By.cssSelector("#case-description textarea"), "The queue reaches the street before the office opens.");
        click("case-save");
        waitFor(By.id("case-heading"));
        patiently(Duration.ofSeconds(10)).until(d -> "polite".equals(notificationCard().get("live")));
        assertThat(notificationCard().get("role")).isEqualTo("alert");
    }

    /** The newest notification card on the page: its role, its live-region politeness and its text. */
    @SuppressWarnings("unchecked")
    private Map<String, String> notificationCard() {
        return patiently(Duration.ofSeconds(10)).until(d -> (Map<String, String>) js("""
                const cards = [...document.querySelectorAll('vaadin-notification-card')];
                const card = cards[cards.length - 1];
                return card ? { role: card.getAttribute('role'), live: card.getAttribute('aria-live'),
                                text: card.textContent } : null;"""));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
