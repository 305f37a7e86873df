package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What the journeys at a phone's and a laptop's width check on every page: it fits, and what matters is visible. */
abstract class ScreenSizeBrowserTest extends BrowserTestBase {

    protected void assertVisible(By... elements) {
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
    protected void fitsTheScreen(String page) {
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

    protected Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }
}
