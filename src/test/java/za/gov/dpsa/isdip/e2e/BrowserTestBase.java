package za.gov.dpsa.isdip.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.support.KeycloakTestServer;

/**
 * End-to-end tests in headless Chromium against the running portal (port 18080) and the real Keycloak (18180).
 * Page objects keep the selectors in one place, so a team with a TestBench licence can move them over as they are.
 * <p>
 * The portal sends its Content-Security-Policy here exactly as in production. Chromium reports every violation
 * (a blocked script, style, image, connection or frame, on any page and in any frame) to its console, which the
 * driver keeps; a test fails if any page it opened reported one ({@link #takeCspViolations()}).
 */
@Tag("browser")
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18080")
abstract class BrowserTestBase {

    static final String PORTAL = "http://localhost:18080";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    protected WebDriver driver;
    private Path profileDir;
    private String testName;
    private final List<String> cspViolations = new ArrayList<>();

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
        KeycloakTestServer.sendBackChannelLogoutTo(PORTAL + "/logout/connect/back-channel/keycloak");
    }

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("");
        profileDir = Files.createTempDirectory("isdip-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("isdip.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + windowSize(), "--lang=" + browserLanguage(),
                "--user-data-dir=" + profileDir);
        String[] size = windowSize().split(",");
        int width = Integer.parseInt(size[0].trim());
        if (width < 500) {
            // Chromium makes no window narrower than 500 px, headless too: a phone's screen is emulated instead.
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
                    "width", width, "height", Integer.parseInt(size[1].trim()), "pixelRatio", 1.0,
                    "mobile", true, "touch", false)));
        }
        // The languages the browser asks for (Accept-Language), which the portal and Keycloak start in.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", browserLanguage()));
        // The console, Content-Security-Policy violations included, from the very first script of each page.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Debian's chromedriver: Selenium Manager must not try to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("isdip.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** The browser window's width and height in CSS pixels, "width,height": a laptop unless a test says otherwise. */
    protected String windowSize() {
        return "1400,1000";
    }

    /** The browser's language; English as South Africans use it unless a test says otherwise. */
    protected String browserLanguage() {
        return "en-ZA";
    }

    @AfterEach
    void closeBrowser() throws IOException {
        List<String> violations = List.of();
        if (driver != null) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(testName + ".png"),
                        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (RuntimeException e) {
                // A screenshot is a debugging aid only.
            }
            try {
                violations = takeCspViolations();
            } finally {
                driver.quit();
            }
        }
        try (var walk = Files.walk(profileDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy was violated " + violations.size() + " time(s):\n"
                    + String.join("\n", violations));
        }
    }

    /**
     * The Content-Security-Policy violations Chromium reported since the last call (then forgotten): the console
     * messages that name the policy. A test that provokes one on purpose takes it here, so the check after the test
     * does not count it.
     */
    protected List<String> takeCspViolations() {
        StringBuilder console = new StringBuilder();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
            if (entry.getMessage().contains("Content Security Policy")) {
                cspViolations.add(entry.getMessage());
            }
        }
        try {
            // The browser's console beside the screenshots, a debugging aid.
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(testName + "-console.log"), console,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Only a debugging aid.
        }
        List<String> taken = List.copyOf(cspViolations);
        cspViolations.clear();
        return taken;
    }

    // ---- waiting and acting on long pages: shared by every journey --------------------------------------------

    /**
     * A wait that looks again when Vaadin re-rendered the element it had found: a server round trip may replace a
     * component's element between finding and reading it.
     */
    protected WebDriverWait patiently(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the element is visible. */
    protected WebElement waitFor(By by) {
        return patiently(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void waitForText(By by, String text) {
        patiently(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** By the text content: true even for an element re-rendered above the view, where the visible text is empty. */
    protected void waitForTextContent(By by, String text) {
        patiently(Duration.ofSeconds(30)).until(ExpectedConditions.attributeContains(by, "textContent", text));
    }

    /** The element's whole text content, once it is present. */
    protected String textContentOf(By by) {
        return patiently(Duration.ofSeconds(30))
                .until(d -> d.findElement(by).getAttribute("textContent"));
    }

    /** To the middle of the window, clear of the fixed header. */
    protected void scrollTo(WebElement element) {
        PortalPage.scrollToMiddle(driver, element);
    }

    protected void click(String id) {
        click(By.id(id));
    }

    /** Finds, scrolls to and clicks the element, finding it again if a re-render replaced it meanwhile. */
    protected void click(By by) {
        patiently(Duration.ofSeconds(30)).until(d -> {
            WebElement element = d.findElement(by);
            scrollTo(element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Replaces the field's text. Present is enough: the field is scrolled into view first. */
    protected void type(By by, String text) {
        patiently(Duration.ofSeconds(30)).until(d -> {
            WebElement field = d.findElement(by);
            scrollTo(field);
            if (!field.isDisplayed() || !field.isEnabled()) {
                return false;
            }
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    /** A screenshot of this moment of the test (target/screenshots), for a reviewer to see the screens. */
    protected void screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(testName + "-" + step + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A screenshot is a debugging aid only.
        }
    }

    /** Opens the portal and signs in through Keycloak's own login page. */
    protected PortalPage signIn(String username, String password) {
        driver.get(PORTAL + "/");
        KeycloakLoginPage login = new KeycloakLoginPage(driver);
        login.waitUntilShown();
        login.signIn(username, password);
        if (DemoAuthenticator.knows(username)) {
            // DPSA super-admins give the code from their authenticator app as a second factor.
            login.waitForOtpForm();
            login.enterOtp(DemoAuthenticator.nextCode(username));
        }
        return new PortalPage(driver).waitUntilLoaded();
    }
}
