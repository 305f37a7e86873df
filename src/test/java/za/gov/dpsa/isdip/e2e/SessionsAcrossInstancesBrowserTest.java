package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import za.gov.dpsa.isdip.platform.embedded.KeycloakServer;
import za.gov.dpsa.isdip.support.KeycloakTestServer;

/**
 * The portal runs as several instances with sticky, in-memory sessions. What the official sees when Keycloak ends
 * their session (Keycloak's back-channel logout reaches the portal), and when the instance holding their session is
 * lost (the next instance does not know the session cookie).
 */
class SessionsAcrossInstancesBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "isdip-demo";
    /** The session id a new instance is shown: one it has never issued. */
    private static final String FAKE_SESSION = "0123456789ABCDEF0123456789ABCDEF";

    @Test
    void whenAnAdministratorEndsTheKeycloakSessionTheOfficialsNextClickLeadsToKeycloaksLoginForm() {
        signIn("del.official", PASSWORD);
        clickNavigation("Cases");
        waitFor(By.id("case-search"));

        try (Keycloak administrator = KeycloakTestServer.administrator()) {
            var users = administrator.realm(KeycloakServer.REALM).users();
            String official = users.searchByUsername("del.official", true).getFirst().getId();
            assertThat(users.get(official).getUserSessions()).isNotEmpty();
            // The Keycloak administrator signs the official out of everything (Users > Sessions > Sign out).
            users.get(official).logout();
        }

        // The official's next click in the open page: their portal session has ended, the page reloads through
        // sign-in, and Keycloak, whose session ended too, asks for the password.
        clickNavigation("Home");
        KeycloakLoginPage login = new KeycloakLoginPage(driver).waitUntilShown();
        assertThat(login.currentUrl()).startsWith("http://localhost:18180/realms/isdip/");
        assertThat(driver.findElements(By.id("header-department"))).isEmpty();
        screenshot("login-form");

        // Signing in again leads back into the portal.
        login.signIn("del.official", PASSWORD);
        new PortalPage(driver).waitUntilLoaded();
        assertThat(driver.getCurrentUrl()).startsWith(PORTAL);
    }

    @Test
    void whenTheOfficialsInstanceIsLostTheNextPageLoadSignsThemInAgainWithoutAPasswordOnTheSameView() {
        signIn("del.official", PASSWORD);
        String view = PORTAL + "/cases?status=NEW&q=water";
        driver.get(view);
        patiently(Duration.ofSeconds(30)).until(d -> "water".equals(
                d.findElement(By.id("case-search")).getDomProperty("value")));
        String lostSession = driver.manage().getCookieNamed("JSESSIONID").getValue();

        // Another instance takes the browser's requests.
        loseTheInstance();
        driver.navigate().refresh();

        // Through Keycloak, which still knows the official (single sign-on): no login form, back on the same view
        // with its filter, in a new portal session.
        patiently(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(PORTAL)
                && !d.findElements(By.id("case-search")).isEmpty());
        assertThat(driver.getCurrentUrl()).isEqualTo(view);
        assertThat(new KeycloakLoginPage(driver).isShown()).isFalse();
        assertThat(driver.findElement(By.id("case-search")).getDomProperty("value")).isEqualTo("water");
        assertThat(new PortalPage(driver).headerDepartment()).isNotBlank();
        String newSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(newSession).isNotEqualTo(lostSession).isNotEqualTo(FAKE_SESSION);
        screenshot("back-on-the-view");
    }

    @Test
    void whenTheOfficialsInstanceIsLostAClickInTheOpenPageReloadsItThroughSingleSignOn() {
        signIn("del.official", PASSWORD);
        String view = PORTAL + "/cases?status=NEW&q=water";
        driver.get(view);
        patiently(Duration.ofSeconds(30)).until(d -> "water".equals(
                d.findElement(By.id("case-search")).getDomProperty("value")));

        ((JavascriptExecutor) driver).executeScript("window.pageBeforeTheLoss = true;");
        loseTheInstance();
        // The open page's next request reaches an instance that does not know its session (401): Vaadin's client
        // reloads the page where it was, which goes through Keycloak without a password. The click itself is lost.
        clickNavigation("Standards");

        patiently(Duration.ofSeconds(30)).until(d -> !FAKE_SESSION.equals(d.manage().getCookieNamed("JSESSIONID")
                .getValue()) && d.getCurrentUrl().equals(view)
                && ((JavascriptExecutor) d).executeScript("return window.pageBeforeTheLoss === undefined;")
                        .equals(Boolean.TRUE)
                && "water".equals(d.findElement(By.id("case-search")).getDomProperty("value")));
        assertThat(new KeycloakLoginPage(driver).isShown()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".v-system-error"))).isEmpty();
        clickNavigation("Standards");
        patiently(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(PORTAL + "/standards"));
    }

    /** What the browser brings to another instance: a session id it has never seen. */
    private void loseTheInstance() {
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new Cookie.Builder("JSESSIONID", FAKE_SESSION).path("/").isHttpOnly(true).build());
    }

    private void clickNavigation(String label) {
        patiently(Duration.ofSeconds(30)).until(d -> {
            d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(item -> item.getText().equals(label)).findFirst().orElseThrow().click();
            return true;
        });
    }
}
