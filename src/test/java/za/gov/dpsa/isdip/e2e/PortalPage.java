package za.gov.dpsa.isdip.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal once signed in: the shell's header and navigation, and the home dashboard. */
class PortalPage {

    private final WebDriver driver;

    PortalPage(WebDriver driver) {
        this.driver = driver;
    }

    PortalPage waitUntilLoaded() {
        waitFor(By.cssSelector("#header-department, #not-assigned-heading"));
        return this;
    }

    String headerDepartment() {
        return waitFor(By.id("header-department")).getText();
    }

    String homeDepartmentName() {
        return waitFor(By.id("home-department-name")).getText();
    }

    String coreServicesCard() {
        return waitFor(By.id("core-services-card")).getText();
    }

    boolean hasCoreServicesCard() {
        return !driver.findElements(By.id("core-services-card")).isEmpty();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String notAssignedHeading() {
        return waitFor(By.id("not-assigned-heading")).getText();
    }

    List<String> navigation() {
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
    }

    void open(String path) {
        driver.get(BrowserTestBase.PORTAL + "/" + path);
    }

    /** Clicks the element once it is visible, scrolled to the middle first: long pages put it below the fold. */
    void click(String id) {
        WebElement element = waitFor(By.id(id));
        scrollToMiddle(driver, element);
        element.click();
    }

    /** To the middle of the window, clear of the fixed header: for every page object and journey. */
    static void scrollToMiddle(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void logout() {
        click("logout");
    }
}
