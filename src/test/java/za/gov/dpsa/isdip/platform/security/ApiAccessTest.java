package za.gov.dpsa.isdip.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.support.ApiTestClients;
import za.gov.dpsa.isdip.support.ApiTestClients.Api;
import za.gov.dpsa.isdip.support.KeycloakTestServer;
import za.gov.dpsa.isdip.support.TestUsers;

/**
 * Who may call the API, against the running portal and the real Keycloak: a registered client's token, and
 * nothing else. Each refusal is a problem that says what to fix. Clients are made, re-keyed and revoked by their
 * department's administrator (only theirs) through Keycloak's admin API, and each change is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiAccessTest {

    @Autowired
    ApiClients clients;
    @Autowired
    AuditTrail auditTrail;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
    }

    @org.junit.jupiter.api.BeforeEach
    void asInProduction(@Autowired org.springframework.context.ApplicationContext context) {
        ApiTestClients.useTheApplicationsSecurityContext(context);
    }

    private Api api(String token) {
        return new Api("http://localhost:" + port, token);
    }

    @Test
    void withoutAValidTokenTheApiAnswersWithAProblemNotASignInPage() {
        HttpResponse<String> none = api(null).get("/api/v1/cases");
        assertProblem(none, 401, "token-missing");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));

        assertProblem(api("not.a.token").get("/api/v1/cases"), 401, "token-invalid");

        // The portal's own directory client is a valid Keycloak client, but not one registered for the API.
        String unregistered = ApiTestClients.token("isdip-portal-admin", "isdip-admin-dev-secret");
        assertProblem(api(unregistered).get("/api/v1/cases"), 401, "client-unregistered");

        // A person's token, as the portal's sign-in gets it: valid, but the API is for systems.
        String person = za.gov.dpsa.isdip.tenancy.RealmHardeningTest.signIn("dha.official", "isdip-demo")
                .get("access_token");
        assertProblem(api(person).get("/api/v1/cases"), 403, "system-token-required");

        // The description is public, for anyone writing a client.
        HttpResponse<String> description = api(null).get("/api/v1/openapi.json");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(ApiTestClients.json(description).get("openapi").asString()).startsWith("3.");
        // An address the API does not have is a problem too, not the portal's page.
        assertProblem(api(ApiTestClients.token(ApiTestClients.forDepartment(clients, "del")))
                .get("/api/v1/nothing-here"), 404, "no-endpoint");
    }

    @Test
    void anExpiredTokenIsToldApartFromAForgedOne(@Autowired za.gov.dpsa.isdip.platform.api.ApiProblems problems,
                                                 @Autowired io.micrometer.core.instrument.MeterRegistry meters)
            throws Exception {
        // A real token, read ten minutes later (past Spring's minute of clock skew) by the API's own validation.
        String token = ApiTestClients.token(ApiTestClients.forDepartment(clients, "dha"));
        var decoder = org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withJwkSetUri(
                "http://localhost:" + KeycloakTestServer.PORT + "/realms/isdip/protocol/openid-connect/certs").build();
        var later = new org.springframework.security.oauth2.jwt.JwtTimestampValidator();
        later.setClock(java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(10)));
        decoder.setJwtValidator(later);
        var expired = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.springframework.security.oauth2.jwt.JwtValidationException.class, () -> decoder.decode(token));
        // As Spring's JwtAuthenticationProvider reports it to the entry point.
        var failure = new org.springframework.security.oauth2.server.resource.InvalidBearerTokenException(
                expired.getErrors().iterator().next().getDescription(), expired);
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/v1/cases");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        new ApiAuthenticationProblems(problems, meters).commence(request, response, failure);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(ApiTestClients.JSON.readTree(response.getContentAsString()).get("type").asString())
                .isEqualTo("urn:isdip:problem:token-expired");
    }

    @Test
    void anAdministratorMakesReKeysAndRevokesTheirDepartmentsClients() {
        ApiTestClients.Client client = ApiTestClients.forDepartment(clients, "kzn-transport");
        String firstToken = ApiTestClients.token(client);
        assertThat(api(firstToken).get("/api/v1/cases").statusCode()).isEqualTo(200);

        // Another department's administrator neither sees nor touches it.
        var other = TestUsers.user("dha.admin", "dha", "dept-admin");
        assertThat(TestUsers.callAs(other, () -> clients.list())).extracting(ApiClients.ApiClient::clientId)
                .doesNotContain(client.clientId());
        assertThatThrownBy(() -> TestUsers.runAs(other, () -> clients.revoke(client.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> TestUsers.runAs(other, () -> clients.rotate(client.id())))
                .isInstanceOf(NotFound.class);

        // A new secret: the old one no longer gets a token, the new one does.
        var admin = TestUsers.user("kzn-transport.admin", "kzn-transport", "dept-admin");
        ApiClients.Issued rotated = TestUsers.callAs(admin, () -> clients.rotate(client.id()));
        assertThatThrownBy(() -> ApiTestClients.token(client)).hasMessageContaining("401");
        String newToken = ApiTestClients.token(client.clientId(), rotated.secret());
        assertThat(api(newToken).get("/api/v1/cases").statusCode()).isEqualTo(200);

        // Revoked: a token issued before is refused at once, and Keycloak issues no new one.
        TestUsers.runAs(admin, () -> clients.revoke(client.id()));
        assertProblem(api(newToken).get("/api/v1/cases"), 401, "client-revoked");
        assertThatThrownBy(() -> ApiTestClients.token(client.clientId(), rotated.secret()))
                .hasMessageContaining("401");
        assertThat(TestUsers.callAs(admin, () -> clients.list())).filteredOn(c -> c.id() == client.id())
                .singleElement().satisfies(c -> assertThat(c.active()).isFalse());

        List<String> audited = TestUsers.callAs(admin, () -> auditTrail.search(client.clientId(), null, null, null))
                .stream().map(AuditTrail.Entry::action).toList();
        assertThat(audited).contains("API_CLIENT_CREATED", "API_CLIENT_SECRET_ROTATED", "API_CLIENT_REVOKED");
    }

    @Test
    void aDpsaAnalyticsClientReadsReportsButHasNoDepartmentsCases() {
        ApiTestClients.Client analytics = ApiTestClients.forDpsaAnalytics(clients);
        Api dpsa = api(ApiTestClients.token(analytics));
        assertProblem(dpsa.get("/api/v1/cases"), 403, "forbidden");
        assertThat(dpsa.get("/api/v1/reports").statusCode()).isEqualTo(200);

        // A department's system may not read DPSA's console.
        Api department = api(ApiTestClients.token(ApiTestClients.forDepartment(clients, "wc-education")));
        assertProblem(department.get("/api/v1/reporting/matrix"), 403, "forbidden");
    }

    @Test
    void aClientOverItsRateIsToldWhenToComeBack() {
        ApiTestClients.Client client = ApiTestClients.forDepartment(clients, "ec-social-development");
        // Three requests a minute, as DPSA would set for a noisy client (audited).
        TestUsers.runAs(TestUsers.user("dpsa.superadmin", null, "dpsa-admin"), () -> clients.limitRate(client.id(), 3));
        assertThatThrownBy(() -> TestUsers.runAs(TestUsers.user("ec-social-development.admin",
                "ec-social-development", "dept-admin"), () -> clients.limitRate(client.id(), 10_000)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Api limited = api(ApiTestClients.token(client));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> allowed = limited.get("/api/v1/cases");
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("RateLimit-Limit")).hasValue("3");
        }
        HttpResponse<String> refused = limited.get("/api/v1/cases");
        assertProblem(refused, 429, "rate-limited");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        Api dha = api(ApiTestClients.token(ApiTestClients.forDepartment(clients, "dha")));
        String huge = "{\"title\":\"" + "x".repeat(70_000) + "\"}";
        assertProblem(dha.post("/api/v1/cases", huge, UUID.randomUUID().toString()), 413, "too-large");
        // A body without a length (chunked) cannot dodge the limit.
        HttpResponse<String> chunked = ApiTestClients.send(dha.request("/api/v1/cases")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "{}".getBytes()))).build());
        assertProblem(chunked, 411, "length-required");
    }

    static void assertProblem(HttpResponse<String> response, int status, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiTestClients.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:isdip:problem:" + kind);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank().doesNotStartWith("!");
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotStartWith("!");
    }
}
