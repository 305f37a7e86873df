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

    String errorMessage() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#input-error, .kc-feedback-text, .pf-m-danger")))
                .getText();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }
}
