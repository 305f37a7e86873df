package za.gov.dpsa.isdip.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;

/**
 * API clients for tests, made the way an administrator makes them (through {@link ApiClients}, so in the real
 * Keycloak and the portal's register), their tokens from Keycloak's token endpoint, and calls to the running API.
 */
public final class ApiTestClients {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String TOKEN_URL = "http://localhost:" + KeycloakTestServer.PORT
            + "/realms/isdip/protocol/openid-connect/token";

    private ApiTestClients() {
    }

    /** A registered client with its secret, as its administrator was shown it. */
    public record Client(long id, String clientId, String secret, String department) {
    }

    /** A new client of the department, made by its administrator. */
    public static Client forDepartment(ApiClients clients, String department) {
        var issued = TestUsers.callAs(TestUsers.user(department + ".admin", department, "dept-admin"),
                () -> clients.create("Test system " + UUID.randomUUID().toString().substring(0, 8), null, null));
        return new Client(issued.client().id(), issued.client().clientId(), issued.secret(), department);
    }

    /** A new DPSA analytics client, made by a super-admin. */
    public static Client forDpsaAnalytics(ApiClients clients) {
        var issued = TestUsers.callAs(TestUsers.user("dpsa.superadmin", null, "dpsa-admin"),
                () -> clients.create("Analytics " + UUID.randomUUID().toString().substring(0, 8), null, null));
        return new Client(issued.client().id(), issued.client().clientId(), issued.secret(), null);
    }

    /**
     * Puts the application's security context holder back into {@code SecurityContextHolder}. Spring Security's test
     * support (a {@code @WithPortalUser} test class earlier in the JVM) leaves its own holder there, while the
     * portal's filter chains keep the one they were built with (Vaadin's), so a request's signed-in client would be
     * invisible to {@code PortalUser.current()}. Production never swaps it; an HTTP test restores what production has.
     */
    public static void useTheApplicationsSecurityContext(org.springframework.context.ApplicationContext context) {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(context.getBean(
                org.springframework.security.core.context.SecurityContextHolderStrategy.class));
    }

    /** An access token from Keycloak, by the client credentials grant. */
    public static String token(Client client) {
        return token(client.clientId(), client.secret());
    }

    public static String token(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token: " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** Calls to one running portal with one token. */
    public record Api(String base, String token) {

        public HttpResponse<String> get(String path) {
            return send(request(path).GET().build());
        }

        public HttpResponse<String> post(String path, String json, String idempotencyKey) {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request.build());
        }

        public HttpResponse<String> post(String path, Object body) {
            return post(path, JSON.writeValueAsString(body), UUID.randomUUID().toString());
        }

        public HttpResponse<byte[]> getBytes(String path) {
            try {
                return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return builder;
        }
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A new case's fields, with a title to find it by. */
    public static Map<String, Object> newCase(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Logged by a department's call centre system through the API.");
        body.put("category", "SERVICE_STANDARDS");
        body.put("priority", "HIGH");
        body.put("serviceName", "Smart ID card applications");
        return body;
    }
}
