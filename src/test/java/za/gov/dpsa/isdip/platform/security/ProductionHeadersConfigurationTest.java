package za.gov.dpsa.isdip.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What production runs with, read from {@code application.yaml} itself (the tests' profile turns the Secure cookie off
 * for plain http on localhost, so a running test cannot show it), and the policy's sign-in origin.
 */
class ProductionHeadersConfigurationTest {

    @Test
    void productionTrustsTheProxyNativelyAndKeepsTheSessionCookieSecureHttpOnlyAndLax() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yaml"));
        assertThat(yaml).hasSize(1);
        PropertySource<?> production = yaml.getFirst();
        assertThat(production.getProperty("server.forward-headers-strategy")).hasToString("native");
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).hasToString("true");
        assertThat(production.getProperty("server.servlet.session.cookie.http-only")).hasToString("true");
        assertThat(production.getProperty("server.servlet.session.cookie.same-site")).hasToString("lax");
    }

    @Test
    void formsMayGoToTheIssuersOriginOnly() {
        assertThat(ContentSecurityPolicy.origin("https://SSO.isdip.gov.za/realms/isdip/"))
                .isEqualTo("https://sso.isdip.gov.za");
        assertThat(ContentSecurityPolicy.origin("http://localhost:18180/realms/isdip"))
                .isEqualTo("http://localhost:18180");
        assertThat(ContentSecurityPolicy.origin(" ")).isEmpty();
        assertThatThrownBy(() -> ContentSecurityPolicy.origin("sso.isdip.gov.za/realms/isdip"))
                .isInstanceOf(IllegalArgumentException.class);

        String policy = new ContentSecurityPolicy("https://sso.isdip.gov.za/realms/isdip").policy("abc");
        assertThat(policy).contains("script-src 'self' 'nonce-abc' 'unsafe-eval';")
                .contains("form-action 'self' https://sso.isdip.gov.za;").doesNotContain("/realms");
        assertThat(new ContentSecurityPolicy("").policy("abc")).contains("form-action 'self';");
    }
}
