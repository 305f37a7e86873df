package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import za.gov.dpsa.isdip.reporting.internal.TestFigures;
import za.gov.dpsa.isdip.support.TestUsers;

/**
 * The security headers and the cookie attributes of every kind of response, over real HTTP to the real servlet
 * container (docs/security.md, "Headers and cookies"): Vaadin views and round trips, the public pages, static files, error
 * pages, health on the management port, Keycloak's back-channel logout and a download; behind the TLS proxy (HSTS, a
 * Secure cookie, https sign-in redirects) and with forged proxy headers from an address that is no trusted proxy.
 * <p>
 * It runs in the Spring context of {@code OperatorMetricsTest} (the same annotations), so it costs no context of its
 * own. The tests' trusted proxy is 127.0.0.1 only ({@code application-test.yaml}); 127.0.0.2 stands for anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFigures.class)
class HeadersAndCookiesTest {

    static final String SIGN_IN_ORIGIN = "http://localhost:18180";
    static final String HSTS = "max-age=31536000 ; includeSubDomains";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern BUILD_SCRIPT = Pattern.compile("src=\"[./]*(VAADIN/build/[^\"]+\\.js)\"");
    /** A stand-in for any servlet that fails or finds nothing, under a path that needs no sign-in. */
    private static final String FAILING = "/images/headers-test";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    WebServerApplicationContext context;

    private final HttpClient http = client(null);
    private Wrapper failingServlet;
    /** The {@code Accept-Encoding} this test's requests send; none unless a test sets it. */
    private String acceptEncoding;

    @AfterEach
    void removeFailingServlet() {
        if (failingServlet != null) {
            tomcatContext().removeServletMapping(FAILING + "/*");
            tomcatContext().removeChild(failingServlet);
        }
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpSession official = signedIn();
        addFailingServlet();
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        HttpResponse<String> view = send(get("/cases"), official);
        responses.put("a Vaadin view, signed in", view);
        responses.put("a Vaadin round trip that builds the view", openView("cases", official));
        String download = href("case-export", responses.get("a Vaadin round trip that builds the view").body());
        responses.put("a download (the case list as CSV)", send(get("/" + download), official));
        responses.put("the certificate check (public)", send(get("/verify"), null));
        responses.put("account set-up (public)", send(get("/account-setup/not-a-link"), null));
        responses.put("a page that needs sign-in, signed out (redirect)", send(get("/cases"), null));
        responses.put("an address the user may not open (403)", send(get("/dpsa"), official));
        responses.put("a stylesheet, /styles/**", send(get("/styles/portal.css"), null));
        responses.put("Vaadin's script, /VAADIN/**", send(get("/" + find(BUILD_SCRIPT, view.body())), null));
        responses.put("nothing under /images/** (the portal's not-found view)", send(get("/images/none.png"), null));
        responses.put("an error page, 404", send(get(FAILING + "/404"), null));
        responses.put("an error page, 500", send(get(FAILING + "/500"), null));
        responses.put("refused by Spring Security's firewall (400)", send(get("/a/%2e%2e/cases"), null));
        responses.put("health on the management port", send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")), null));
        responses.put("Keycloak's back-channel logout (a forged token: 400)", send(post(
                "/logout/connect/back-channel/keycloak", "application/x-www-form-urlencoded", "logout_token=forged"),
                null));

        assertThat(responses).extractingFromEntries(e -> e.getKey() + ": " + e.getValue().statusCode()).contains(
                "a download (the case list as CSV): 200", "an error page, 404: 404", "an error page, 500: 500",
                "refused by Spring Security's firewall (400): 400", "the certificate check (public): 200",
                "account set-up (public): 200", "health on the management port: 200");
        SoftAssertions softly = new SoftAssertions();
        responses.forEach((what, response) -> securityHeaders(softly, what + " (HTTP " + response.statusCode() + ")",
                response.headers(), false));
        // Nothing with personal data is kept by the browser or a proxy: pages, round trips, downloads, errors.
        responses.forEach((what, response) -> {
            if (!what.contains("/styles/") && !what.contains("/VAADIN/")) {
                softly.assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(what + ": Cache-Control")
                        .contains("no-store");
            }
        });
        softly.assertAll();
    }

    /**
     * Officials on mobile data pay per byte (docs/benchmarks.md): pages, Vaadin's round trips (written without a
     * length), stylesheets and scripts travel gzipped to a browser that accepts it, and the round trips stay no-store.
     */
    @Test
    void textAnswersAreGzippedForABrowserThatAcceptsIt() throws Exception {
        HttpSession official = signedIn();
        acceptEncoding = "gzip, deflate, br, zstd";
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        HttpResponse<String> page = send(get("/cases"), official);
        responses.put("a Vaadin view", page);
        responses.put("a Vaadin round trip", openView("cases", official));
        responses.put("the portal's stylesheet", send(get("/styles/portal.css"), null));
        responses.put("Vaadin's script", send(get("/" + find(BUILD_SCRIPT, page.body())), null));

        SoftAssertions softly = new SoftAssertions();
        responses.forEach((what, response) -> {
            softly.assertThat(response.statusCode()).as(what).isEqualTo(200);
            softly.assertThat(response.headers().firstValue("Content-Encoding")).as(what + ": Content-Encoding")
                    .hasValue("gzip");
            softly.assertThat(response.headers().allValues("Vary")).as(what + ": Vary")
                    .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        });
        softly.assertThat(responses.get("a Vaadin round trip").headers().firstValue("Cache-Control"))
                .as("a round trip: Cache-Control").hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        softly.assertThat(responses.get("a Vaadin round trip").body()).as("the round trip, unpacked")
                .contains("\"changes\"");
        softly.assertAll();

        acceptEncoding = null;
        assertThat(send(get("/styles/portal.css"), null).headers().firstValue("Content-Encoding"))
                .as("a browser that asks for no compression gets none").isEmpty();
    }

    @Test
    void vaadinPagesRunOnlyTheScriptsTheyCameWith() throws Exception {
        HttpResponse<String> first = send(get("/verify"), null);
        HttpResponse<String> second = send(get("/verify"), null);
        String nonce = find(NONCE, csp(first.headers()));
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(find(NONCE, csp(second.headers())));
        List<String> scripts = SCRIPT_TAG.matcher(first.body()).results().map(m -> m.group()).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void downloadsAreAttachmentsTheBrowserDoesNotSniff() throws Exception {
        HttpSession official = signedIn();
        HttpResponse<String> csv = send(get("/" + href("case-export", openView("cases", official).body())), official);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"cases.csv\"");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void behindTheTrustedProxyHttpsBringsHstsSecureCookiesAndHttpsRedirects() throws Exception {
        for (String path : List.of("/verify", "/styles/portal.css", "/oauth2/authorization/keycloak")) {
            HttpResponse<String> response = send(forwarded(get(path)), null);
            SoftAssertions softly = new SoftAssertions();
            securityHeaders(softly, path + " through the proxy", response.headers(), true);
            softly.assertAll();
        }
        HttpResponse<String> page = send(forwarded(get("/verify")), null);
        assertThat(sessionCookie(page)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");

        // Sign-in sends Keycloak back to the address the browser used: the proxy's, over https.
        HttpResponse<String> signIn = send(forwarded(get("/oauth2/authorization/keycloak")), null);
        assertThat(redirectUri(signIn)).isEqualTo("https://portal.isdip.example/login/oauth2/code/keycloak");
        assertThat(sessionCookie(signIn)).contains("; Secure");
    }

    @Test
    void forgedProxyHeadersFromAnAddressThatIsNoTrustedProxyAreIgnored() throws Exception {
        HttpClient stranger = client(InetAddress.getByName("127.0.0.2"));
        HttpResponse<String> page = stranger.send(forwarded(get("/verify")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signIn = stranger.send(forwarded(get("/oauth2/authorization/keycloak")).build(),
                HttpResponse.BodyHandlers.ofString());

        SoftAssertions softly = new SoftAssertions();
        securityHeaders(softly, "/verify from 127.0.0.2", page.headers(), false);
        softly.assertAll();
        assertThat(sessionCookie(page)).doesNotContain("Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(redirectUri(signIn)).isEqualTo("http://127.0.0.1:" + port + "/login/oauth2/code/keycloak");
        assertThat(sessionCookie(signIn)).doesNotContain("Secure");
    }

    @Test
    void plainHttpSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecure() throws Exception {
        HttpResponse<String> page = send(get("/verify"), null);
        assertThat(sessionCookie(page)).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");
    }

    // ---- what every response must carry --------------------------------------------------------------------

    private void securityHeaders(SoftAssertions softly, String what, HttpHeaders headers, boolean https) {
        String csp = csp(headers);
        softly.assertThat(csp).as(what + ": Content-Security-Policy").contains(
                "default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                "form-action 'self' " + SIGN_IN_ORIGIN, "connect-src 'self'");
        softly.assertThat(directive(csp, "script-src")).as(what + ": script-src")
                .startsWith("script-src 'self' 'nonce-").doesNotContain("'unsafe-inline'").doesNotContain("http");
        softly.assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        softly.assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        softly.assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        softly.assertThat(headers.firstValue("Permissions-Policy")).as(what)
                .hasValue("camera=(), microphone=(), geolocation=()");
        softly.assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(what).hasValue("same-origin");
        softly.assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).as(what).hasValue("same-origin");
        if (https) {
            softly.assertThat(headers.firstValue("Strict-Transport-Security")).as(what).hasValue(HSTS);
        } else {
            // Spring Security writes HSTS only on a secure request; over plain http a browser ignores it anyway.
            softly.assertThat(headers.firstValue("Strict-Transport-Security")).as(what).isEmpty();
        }
        // Every cookie the portal sets keeps to the rules, on whatever response it came.
        for (String cookie : headers.allValues("Set-Cookie")) {
            softly.assertThat(cookie).as(what + ": " + cookie).contains("; HttpOnly").contains("; SameSite=Lax");
            softly.assertThat(cookie.contains("; Secure")).as(what + ": " + cookie).isEqualTo(https);
        }
    }

    private static String csp(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).as("one Content-Security-Policy header").hasSize(1);
        return policies.getFirst();
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        return "";
    }

    // ---- requests ------------------------------------------------------------------------------------------

    /** As the TLS proxy forwards a browser's https request for portal.isdip.example. */
    private static HttpRequest.Builder forwarded(HttpRequest.Builder request) {
        return request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "portal.isdip.example")
                .header("X-Forwarded-For", "203.0.113.7");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, HttpSession session)
            throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getId());
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HeadersAndCookiesTest::unpacked);
    }

    /** The body as text, unpacked when it came gzipped (Java's client does not unpack). */
    private static HttpResponse.BodySubscriber<String> unpacked(HttpResponse.ResponseInfo info) {
        if (!info.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return HttpResponse.BodyHandlers.ofString().apply(info);
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), bytes -> {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * A full load of a Vaadin view as Vaadin's client does it ({@code v-r=init}, then the round trip in which the
     * router builds the view); the round trip's answer.
     */
    private HttpResponse<String> openView(String route, HttpSession session) throws Exception {
        HttpResponse<String> init = send(get("/?v-r=init&location=" + route + "&query=&v-sh=900&v-sw=1400&v-wh=900"
                + "&v-ww=1400&v-bh=900&v-bw=1400&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-120&v-dstd=0"
                + "&v-rtzo=-120&v-dston=false&v-tzid=Africa%2FJohannesburg&v-wn=v-headers&v-td=false&v-pr=1"
                + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
                + "&v-ga=GRANTED&v-wla=SUPPORTED&v-ws=false"), session);
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "")
                .putObject("historyState").put("idx", 0);
        ObjectNode body = JSON.createObjectNode().put("csrfToken", uidl.path("Vaadin-Security-Key").asString());
        body.putArray("rpc").add(navigate);
        body.put("syncId", uidl.path("syncId").asInt()).put("clientId", 0);
        HttpResponse<String> roundTrip = send(post("/?v-r=uidl&v-uiId=" + config.path("v-uiId").asInt(),
                "application/json; charset=UTF-8", body.toString()), session);
        assertThat(roundTrip.statusCode()).isEqualTo(200);
        return roundTrip;
    }

    /** The address of the element with this id in a round trip's answer: a download handler's, for an anchor. */
    private static String href(String elementId, String uidl) {
        Map<Integer, Map<String, JsonNode>> attributes = new LinkedHashMap<>();
        for (JsonNode change : JSON.readTree(uidl).path("changes")) {
            if ("put".equals(change.path("type").asString()) && change.path("feat").asInt() == 3) {
                attributes.computeIfAbsent(change.path("node").asInt(), n -> new LinkedHashMap<>())
                        .put(change.path("key").asString(), change.path("value"));
            }
        }
        return attributes.values().stream()
                .filter(a -> a.containsKey("id") && elementId.equals(a.get("id").asString()))
                .map(a -> a.get("href").path("uri").asString()).findFirst()
                .orElseThrow(() -> new AssertionError("No #" + elementId + " in the round trip"));
    }

    private static HttpClient client(InetAddress from) {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        if (from != null) {
            builder.localAddress(from);
        }
        return builder.build();
    }

    // ---- the portal's side ---------------------------------------------------------------------------------

    /** A department official's session, as after a Keycloak sign-in (Keycloak itself is for the browser tests). */
    private HttpSession signedIn() {
        HttpSession session = tomcatContext().getManager().createSession(null).getSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                TestUsers.contextOf(TestUsers.user("dha.headers", "dha", "dept-user")));
        return session;
    }

    /** A servlet that answers 404 or throws (a 500), for the container's error handling as any failure meets it. */
    private void addFailingServlet() {
        failingServlet = Tomcat.addServlet(tomcatContext(), "headers-test", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                if (request.getRequestURI().endsWith("/404")) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                } else {
                    throw new IllegalStateException("A failure, as any servlet may have");
                }
            }
        });
        tomcatContext().addServletMappingDecoded(FAILING + "/*", "headers-test");
    }

    private Context tomcatContext() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return (Context) tomcat.getHost().findChildren()[0];
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private static String redirectUri(HttpResponse<String> signIn) {
        assertThat(signIn.statusCode()).isEqualTo(302);
        String location = signIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(SIGN_IN_ORIGIN + "/realms/isdip/protocol/openid-connect/auth?");
        return URLDecoder.decode(find(Pattern.compile("[?&]redirect_uri=([^&]+)"), location), StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in " + text.substring(0, Math.min(3000, text.length())));
        }
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }
}
