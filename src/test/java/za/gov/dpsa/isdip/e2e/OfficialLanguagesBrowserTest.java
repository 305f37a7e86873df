package za.gov.dpsa.isdip.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An official whose browser asks for Afrikaans meets Keycloak's sign-in page and then the portal in Afrikaans,
 * without choosing anything: the browser's language is the default on both sides.
 */
class OfficialLanguagesBrowserTest extends BrowserTestBase {

    @Override
    protected String browserLanguage() {
        return "af-ZA";
    }

    @Test
    void anAfrikaansBrowserSignsInAndWorksInAfrikaans() throws IOException {
        Properties portal = load(Path.of("src/main/resources/vaadin-i18n/translations_af.properties"));
        Properties signIn = load(Path.of("deploy/keycloak/themes/isdip/login/messages/messages_af.properties"));

        driver.get(PORTAL + "/");
        KeycloakLoginPage login = new KeycloakLoginPage(driver);
        login.waitUntilShown();
        assertThat(driver.getPageSource()).contains(signIn.getProperty("loginAccountTitle"));
        assertThat(driver.findElement(By.id("kc-login")).getText().strip()).isEqualTo(signIn.getProperty("doLogIn"));

        login.signIn("dha.official", "isdip-demo");
        new PortalPage(driver).waitUntilLoaded();
        waitForTextContent(By.tagName("vaadin-side-nav"), portal.getProperty("nav.cases"));
        assertThat(textContentOf(By.id("logout"))).contains(portal.getProperty("header.logout"));
        screenshot("afrikaans-home");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
