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
    void productionGzipsTextAnswersRoundTripsIncluded() throws IOException {
        PropertySource<?> production = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yaml")).getFirst();
        assertThat(production.getProperty("server.compression.enabled")).hasToString("true");
        assertThat(production.getProperty("server.compression.min-response-size")).hasToString("1KB");
        assertThat(production.getProperty("server.compression.mime-types").toString().split(",")).contains(
                "application/json", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
                "text/html");
    }

    /**
     * Vaadin's static file server gives the build's files one hour ({@code max-age=3600}, then a revalidation each);
     * content-hashed ones are kept a year without asking, and nothing else is. In development mode Vaadin sends
     * {@code no-cache}, which stays (the production jar's answers: BandwidthBenchmark).
     */
    @Test
    void contentHashedBuildFilesAreImmutableAndNothingElse() throws Exception {
        assertThat(cacheControlFor("GET", "/VAADIN/build/indexhtml-B3k9xQ_a.js", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(cacheControlFor("GET", "/VAADIN/build/generated-flow-imports-Dx-1aZ9q.css", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(cacheControlFor("HEAD", "/VAADIN/build/assets/font-AbCdEf12.woff2", "max-age=3600"))
                .isEqualTo("public, max-age=31536000, immutable");
        // Development mode, or another rule: left as written.
        assertThat(cacheControlFor("GET", "/VAADIN/build/indexhtml-B3k9xQ_a.js", "no-cache")).isEqualTo("no-cache");
        // Not hashed, not the build, or no file at all.
        assertThat(cacheControlFor("GET", "/styles/portal.css", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControlFor("GET", "/lumo/lumo.css", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControlFor("GET", "/VAADIN/build/vaadin.js", "max-age=3600")).isEqualTo("max-age=3600");
        assertThat(cacheControlFor("POST", "/VAADIN/build/indexhtml-B3k9xQ_a.js", "max-age=3600"))
                .isEqualTo("max-age=3600");
        assertThat(cacheControlFor("GET", "/cases", "no-cache, no-store, max-age=0, must-revalidate"))
                .isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
    }

    private static String cacheControlFor(String method, String path, String vaadinWrites) throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest(method, path);
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        // As Spring Security's header writer leaves it, before the file is served.
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        new ContentHashedFilesImmutable().doFilter(request, response,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setHeader("Cache-Control", vaadinWrites));
        if (response.getHeader("Cache-Control").contains("immutable")) {
            assertThat(response.getHeader("Pragma")).as(path + ": Pragma").isNull();
        }
        return response.getHeader("Cache-Control");
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
