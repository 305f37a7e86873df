package za.gov.dpsa.isdip.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * {@code /api/v1/webhooks} as an API client calls it: register, list, delete its own subscriptions, and the
 * refusals. The client is authenticated as the API's security will authenticate it (a {@link SystemClient}).
 * <p>
 * Until the API's own error handling lands, a refusal ({@link InvalidInput}, {@link NotFound}) leaves the controller
 * as that exception; {@link #call} reads it as the status the RFC 9457 problem will carry (422, 404), so the test
 * holds before and after.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestApiClients.class)
class WebhookApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestApiClients.Register register;

    private final String run = Long.toString(System.nanoTime(), 36);
    private MockMvc mvc;
    private SystemClient mine;
    private SystemClient other;

    @BeforeEach
    void clients() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        mine = TestApiClients.departmentClient("del-api-" + run, "del");
        other = TestApiClients.departmentClient("dha-api-" + run, "dha");
        register.put(mine, true);
        register.put(other, true);
    }

    @Test
    void aClientRegistersListsAndDeletesItsOwnSubscriptionsAndGetsTheSecretOnce() throws Exception {
        Response created = call(mine, post("/api/v1/webhooks"), Map.of("url", "https://systems.example.gov.za/isdip",
                "eventTypes", List.of("case.status-changed", "escalation.replied")));

        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.location()).isEqualTo("/api/v1/webhooks/" + id);
        assertThat(created.body().get("url").asString()).isEqualTo("https://systems.example.gov.za/isdip");
        String secret = created.body().get("signingSecret").asString();
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);

        Response listed = call(mine, get("/api/v1/webhooks"), null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).singleElement().satisfies(s -> {
            assertThat(s.get("id").asLong()).isEqualTo(id);
            assertThat(s.has("signingSecret")).as("the secret is shown once only").isFalse();
            assertThat(s.get("eventTypes").values()).extracting(JsonNode::asString)
                    .containsExactly("case.status-changed", "escalation.replied");
        });
        assertThat(call(other, get("/api/v1/webhooks"), null).body()).isEmpty();

        assertThat(call(mine, delete("/api/v1/webhooks/" + id), null).status()).isEqualTo(204);
        assertThat(call(mine, get("/api/v1/webhooks"), null).body()).isEmpty();
        assertThat(call(mine, delete("/api/v1/webhooks/" + id), null).status()).isEqualTo(404);
    }

    @Test
    void anotherClientsSubscriptionIsNotFound() throws Exception {
        long id = call(mine, post("/api/v1/webhooks"), Map.of("url", "https://systems.example.gov.za/del",
                "eventTypes", List.of("case.status-changed"))).body().get("id").asLong();

        assertThat(call(other, get("/api/v1/webhooks/" + id), null).status()).isEqualTo(404);
        assertThat(call(other, delete("/api/v1/webhooks/" + id), null).status()).isEqualTo(404);
        assertThat(call(mine, get("/api/v1/webhooks/" + id), null).status()).isEqualTo(200);
    }

    @Test
    void badAddressesAndUnknownEventTypesAreRefusedOnTheirField() throws Exception {
        for (String url : List.of("ftp://systems.example.gov.za/x", "http://systems.example.gov.za/plain",
                "/relative/path", "https://user:pass@systems.example.gov.za/x", "not a url", "")) {
            Response refused = call(mine, post("/api/v1/webhooks"), Map.of("url", url,
                    "eventTypes", List.of("case.status-changed")));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.refusal().field()).as(url).isEqualTo("url");
        }
        Response unknown = call(mine, post("/api/v1/webhooks"), Map.of("url", "https://systems.example.gov.za/x",
                "eventTypes", List.of("case.status-changed", "case.deleted")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.refusal().field()).isEqualTo("eventTypes");
        assertThat(unknown.refusal().messageKey()).isEqualTo("webhooks.invalid.eventType");
        assertThat(unknown.refusal().arguments()).containsExactly("case.deleted");

        // Plain http to a loopback address is allowed (isdip.api.webhooks.allow-plain-http-to-loopback, tests).
        assertThat(call(mine, post("/api/v1/webhooks"), Map.of("url", "http://127.0.0.1:9/hook",
                "eventTypes", List.of("case.status-changed"))).status()).isEqualTo(201);
    }

    @Test
    void anAnalyticsClientSubscribesToReportChangesOnlyAndARevokedClientToNothing() throws Exception {
        SystemClient analytics = TestApiClients.analyticsClient("analytics-api-" + run);
        register.put(analytics, true);
        Response caseEvents = call(analytics, post("/api/v1/webhooks"), Map.of("url", "https://m-and-e.example.gov.za/x",
                "eventTypes", List.of("case.status-changed")));
        assertThat(caseEvents.status()).isEqualTo(422);
        assertThat(caseEvents.refusal().messageKey()).isEqualTo("webhooks.invalid.eventTypeNotForClient");
        assertThat(call(analytics, post("/api/v1/webhooks"), Map.of("url", "https://m-and-e.example.gov.za/x",
                "eventTypes", List.of("report.status-changed"))).status()).isEqualTo(201);

        register.put(other, false);
        assertThat(call(other, get("/api/v1/webhooks"), null).status()).isEqualTo(403);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    record Response(int status, JsonNode body, String location, InvalidInput refusal) {
    }

    /** Calls as the client; a refusal not yet turned into a problem by the API's advice is read as its status. */
    private Response call(SystemClient client, MockHttpServletRequestBuilder request, Object body) throws Exception {
        request.with(authentication(new TestingAuthenticationToken(client, null, client.getAuthorities())))
                .with(csrf());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        MvcResult result;
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof InvalidInput || cause instanceof NotFound
                    || cause instanceof Conflict || cause instanceof AccessDeniedException)) {
                cause = cause.getCause();
            }
            return switch (cause) {
                case InvalidInput invalid -> new Response(422, null, null, invalid);
                case NotFound notFound -> new Response(404, null, null, null);
                case Conflict conflict -> new Response(409, null, null, null);
                case AccessDeniedException denied -> new Response(403, null, null, null);
                default -> throw e;
            };
        }
        Exception resolved = result.getResolvedException();
        String content = result.getResponse().getContentAsString();
        return new Response(result.getResponse().getStatus(), content.isEmpty() ? null : JSON.readTree(content),
                result.getResponse().getHeader("Location"), resolved instanceof InvalidInput i ? i : null);
    }
}
