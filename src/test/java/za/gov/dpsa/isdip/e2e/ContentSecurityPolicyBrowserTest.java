package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Content-Security-Policy as Chromium applies it: another site cannot show the portal in a frame, and the
 * public pages (certificate check, account set-up), which no signed-in journey opens first, run under the policy
 * without a violation (checked after every browser test, see {@link BrowserTestBase}).
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestBase {

    @Test
    void anotherSiteCannotShowThePortalInAFrame() {
        // A page of another origin (a data: page has an opaque one) frames the portal's public page.
        String page = "<!doctype html><title>Another site</title><iframe id='portal' src='" + PORTAL
                + "/verify' width='900' height='600'></iframe>";
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8)
                .replace("+", "%20"));

        // Chromium refuses the portal in the frame (frame-ancestors 'none', and X-Frame-Options: DENY for older
        // browsers) and shows its own error page there instead.
        driver.switchTo().frame("portal");
        String framed = patiently(Duration.ofSeconds(30)).until(d -> {
            String url = (String) ((JavascriptExecutor) d).executeScript("return document.URL");
            return url.startsWith("chrome-error:") || url.startsWith(PORTAL) ? url : null;
        });
        assertThat(framed).startsWith("chrome-error:");
        assertThat(driver.findElements(By.id("verify-code"))).isEmpty();
        driver.switchTo().defaultContent();
        // Whatever Chromium reported of the refusal is about framing, and is taken here: it is this test's purpose.
        assertThat(takeCspViolations()).allSatisfy(message -> assertThat(message).contains("frame-ancestors"));

        // The same page, not framed, is there.
        driver.get(PORTAL + "/verify");
        waitFor(By.id("verify-code"));
    }

    @Test
    void publicPagesRunUnderThePolicy() {
        driver.get(PORTAL + "/verify");
        waitFor(By.id("verify-code"));
        type(By.cssSelector("#verify-code input"), "NOT-A-CODE");
        click("verify-button");
        waitForTextContent(By.id("verify-result"), "This code is not valid.");

        driver.get(PORTAL + "/account-setup/not-a-valid-link");
        waitFor(By.id("setup-unusable"));
    }

    @Test
    void theCheckAfterEachTestSeesAViolation() {
        // The check every browser test relies on, itself checked: an image from another site is refused.
        driver.get(PORTAL + "/verify");
        waitFor(By.id("verify-code"));
        ((JavascriptExecutor) driver).executeScript(
                "const img = document.createElement('img'); img.src = 'https://example.invalid/pixel.png';"
                        + " document.body.appendChild(img);");
        List<String> seen = new ArrayList<>();
        patiently(Duration.ofSeconds(30)).until(d -> seen.addAll(takeCspViolations()) || !seen.isEmpty());
        assertThat(seen).singleElement().asString().contains("https://example.invalid/pixel.png").contains("img-src");
    }
}
