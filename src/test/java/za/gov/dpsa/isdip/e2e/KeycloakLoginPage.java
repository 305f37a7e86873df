package za.gov.dpsa.isdip.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own login page (keycloak.v2 theme). */
class KeycloakLoginPage {

    private final WebDriver driver;

    KeycloakLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    KeycloakLoginPage waitUntilShown() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        return this;
    }

    boolean isShown() {
        return !driver.findElements(By.id("kc-form-login")).isEmpty();
    }

    void signIn(String username, String password) {
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Waits for Keycloak's one-time code page (second factor) and tells whether it is shown. */
    boolean waitForOtpForm() {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("otp")).isEmpty() || !d.findElements(By.id("header-department")).isEmpty()
                        || !d.findElements(By.id("not-assigned-heading")).isEmpty())
                && !driver.findElements(By.id("otp")).isEmpty();
    }

    boolean isOtpShown() {
        return !driver.findElements(By.id("otp")).isEmpty();
    }

    void enterOtp(String code) {
        driver.findElement(By.id("otp")).clear();
        driver.findElement(By.id("otp")).sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String errorMessage() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#input-error, .kc-feedback-text, .pf-m-danger")))
                .getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }
}
