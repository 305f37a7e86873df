package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;

/**
 * The pictures in docs/screenshots, taken by the portal itself on every run so they never drift from what it shows:
 * the home page, the case list, a case, the reporting page and DPSA's console in English, isiZulu and Afrikaans at
 * 1,366 × 900, and in English on a 360 × 800 phone. Each official picks the language in the header, as anyone would;
 * their choice is set back to English at the end, so other tests meet the portal in English.
 */
class ScreenshotsBrowserTest extends BrowserTestBase {

    private static final Path DOCS = Path.of("docs/screenshots");
    private static final String PASSWORD = "isdip-demo";

    @Autowired
    ReportingPeriods periods;
    /** Each language as the header's choice names it, and the file name prefix. */
    private static final List<String[]> LANGUAGES = List.of(new String[] {"English", "en"},
            new String[] {"isiZulu", "zu"}, new String[] {"Afrikaans", "af"});

    @Test
    void theDocumentedScreensInEachLanguageAndOnAPhone() throws IOException {
        Files.createDirectories(DOCS);
        ReportingTestAccess.currentQuarter(periods);
        desktop();

        // An official's screens: home, the case list and a case of their own.
        PortalPage portal = signIn("gp-health.official", PASSWORD);
        portal.open("cases/new");
        type(By.cssSelector("#case-title input"), "Clinic queue at Chris Hani Baragwanath starts before dawn");
        click("case-category");
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Service standards']"));
        type(By.cssSelector("#case-description textarea"),
                "Patients queue from 04:00 for files; the charter promises files within 30 minutes of arrival.");
        click("case-save");
        waitFor(By.id("case-heading"));
        String casePath = driver.getCurrentUrl().substring(PORTAL.length() + 1);
        try {
            for (String[] language : LANGUAGES) {
                choose(language[0]);
                shoot(language[1] + "-home", "", By.id("home-department-name"));
                shoot(language[1] + "-case-list", "cases", By.id("case-grid"));
                shoot(language[1] + "-case", casePath, By.id("case-heading"));
            }
            choose("English");
            phone();
            shoot("phone-home", "", By.id("home-department-name"));
            shoot("phone-case-list", "cases", By.id("case-grid"));
            shoot("phone-case", casePath, By.id("case-heading"));
        } finally {
            backToEnglish();
        }
        signOut();

        // The reporting officer's page.
        signIn("gp-health.reporter", PASSWORD);
        try {
            for (String[] language : LANGUAGES) {
                choose(language[0]);
                shoot(language[1] + "-reporting", "reporting", By.id("report-status"));
            }
            choose("English");
            phone();
            shoot("phone-reporting", "reporting", By.id("report-status"));
        } finally {
            backToEnglish();
        }
        signOut();

        // DPSA's console of departments.
        signIn("dpsa.superadmin", PASSWORD);
        try {
            for (String[] language : LANGUAGES) {
                choose(language[0]);
                shoot(language[1] + "-dpsa-console", "dpsa", By.id("dpsa-departments"));
            }
            choose("English");
            phone();
            shoot("phone-dpsa-console", "dpsa", By.id("dpsa-departments"));
        } finally {
            backToEnglish();
        }

        try (var files = Files.list(DOCS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(20);
        }
    }

    private void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    /** A 360 × 800 phone, emulated: Chromium makes no window narrower than 500 px. */
    private void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Picks the language in the header; the page reloads in it. */
    private void choose(String language) {
        WebElement select = waitFor(By.id("header-language"));
        if (select.getText().contains(language)) {
            return;
        }
        click("header-language");
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + language + "']"));
        patiently(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(select));
        patiently(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("header-language")).getText()
                .contains(language));
    }

    private void backToEnglish() {
        desktop();
        driver.get(PORTAL + "/");
        new PortalPage(driver).waitUntilLoaded();
        choose("English");
    }

    private void signOut() {
        new PortalPage(driver).logout();
        new KeycloakLoginPage(driver).waitUntilShown();
    }

    /** Opens the page, waits for what it must show and for Vaadin to be idle, and writes the picture. */
    private void shoot(String name, String path, By shown) throws IOException {
        driver.get(PORTAL + "/" + path);
        new PortalPage(driver).waitUntilLoaded();
        waitFor(shown);
        AxeCheck.waitUntilVaadinIsIdle(driver);
        assertThat(driver.findElement(By.tagName("body")).getText()).as("%s shows no untranslated key", name)
                .doesNotContainPattern("![a-z]+\\.[a-zA-Z.]+");
        Files.write(DOCS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
