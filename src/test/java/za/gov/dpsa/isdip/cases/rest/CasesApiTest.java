package za.gov.dpsa.isdip.cases.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;
import za.gov.dpsa.isdip.support.ApiTestClients;
import za.gov.dpsa.isdip.support.ApiTestClients.Api;
import za.gov.dpsa.isdip.support.KeycloakTestServer;

/**
 * A department's system logs and works cases through the API, against the running portal, the real Keycloak and
 * the department's database: exactly once per Idempotency-Key, with the portal's validation, workflow and
 * optimistic locking, and never across departments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CasesApiTest {

    private static ApiTestClients.Client dha;
    private static ApiTestClients.Client gpHealth;

    @Autowired
    ApiClients clients;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @LocalServerPort
    int port;

    private Api dhaApi;
    private Api gpApi;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
    }

    @BeforeEach
    void clients() {
        ApiTestClients.useTheApplicationsSecurityContext(context);
        if (dha == null) {
            dha = ApiTestClients.forDepartment(clients, "dha");
            gpHealth = ApiTestClients.forDepartment(clients, "gp-health");
        }
        dhaApi = new Api("http://localhost:" + port, ApiTestClients.token(dha));
        gpApi = new Api("http://localhost:" + port, ApiTestClients.token(gpHealth));
    }

    @Test
    void aRetriedRequestWithTheSameKeyLogsTheCaseOnce() {
        String title = "Retried logging " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = ApiTestClients.JSON.writeValueAsString(ApiTestClients.newCase(title));

        HttpResponse<String> first = dhaApi.post("/api/v1/cases", body, key);
        HttpResponse<String> retry = dhaApi.post("/api/v1/cases", body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        String reference = ApiTestClients.json(first).get("reference").asString();
        assertThat(reference).startsWith("DHA-");
        assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/cases/" + reference);
        assertThat(ApiTestClients.json(retry).get("reference").asString()).isEqualTo(reference);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(casesTitled(dhaApi, title)).isEqualTo(1);

        // The same key for another request is refused, and logs nothing.
        String other = ApiTestClients.JSON.writeValueAsString(ApiTestClients.newCase(title + " (changed)"));
        HttpResponse<String> reused = dhaApi.post("/api/v1/cases", other, key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(ApiTestClients.json(reused).get("errors").get(0).get("field").asString())
                .isEqualTo("Idempotency-Key");
        assertThat(casesTitled(dhaApi, title + " (changed)")).isZero();
    }

    @Test
    void aCaseLoggedThroughTheApiHasThePortalsSlaClockAndWorkflow() {
        JsonNode created = ApiTestClients.json(dhaApi.post("/api/v1/cases",
                ApiTestClients.newCase("Workflow through the API " + UUID.randomUUID())));
        String reference = created.get("reference").asString();
        assertThat(created.get("status").asString()).isEqualTo("NEW");
        assertThat(created.get("sla").get("resolutionDue").asString()).isNotBlank();
        assertThat(created.get("createdBy").asString()).isEqualTo("service-account-" + dha.clientId());

        // Resolving a new case is not a step the portal allows.
        HttpResponse<String> tooEarly = dhaApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "RESOLVE", "version", created.get("version").asLong(), "note",
                        "Resolved without being worked on."));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(ApiTestClients.json(tooEarly).get("type").asString())
                .isEqualTo("urn:isdip:problem:transition-not-allowed");

        // Assigning a colleague is the administrator's; the system takes the case itself.
        HttpResponse<String> assignOthers = dhaApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "ASSIGN", "version", created.get("version").asLong(), "assignee",
                        "dha.official"));
        assertThat(assignOthers.statusCode()).isEqualTo(409);
        HttpResponse<String> taken = dhaApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "TAKE", "version", created.get("version").asLong()));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        JsonNode assigned = ApiTestClients.json(taken);
        assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("assignee").asString()).isEqualTo("service-account-" + dha.clientId());

        // A system that read the case before it was taken may not overwrite it.
        HttpResponse<String> stale = dhaApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "START", "version", created.get("version").asLong()));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(ApiTestClients.json(stale).get("type").asString()).isEqualTo("urn:isdip:problem:conflict");

        JsonNode started = ApiTestClients.json(dhaApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "START", "version", assigned.get("version").asLong())));
        assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode resolved = ApiTestClients.json(dhaApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "RESOLVE", "version", started.get("version").asLong(), "note",
                        "A slot was booked for the citizen on Monday.")));
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolutionNote").asString()).isEqualTo("A slot was booked for the citizen on Monday.");

        HttpResponse<String> commented = dhaApi.post("/api/v1/cases/" + reference + "/comments",
                Map.of("text", "The citizen was called back."));
        assertThat(commented.statusCode()).isEqualTo(201);
        JsonNode timeline = ApiTestClients.json(commented).get("timeline");
        assertThat(timeline.toString()).contains("The citizen was called back.");
    }

    @Test
    void everyRefusedFieldIsNamedAndNothingIsStored() {
        String title = "Refused " + UUID.randomUUID();
        Map<String, Object> unknownField = ApiTestClients.newCase(title);
        unknownField.put("colour", "red");
        assertRefused(dhaApi.post("/api/v1/cases", unknownField), 422, "colour");

        Map<String, Object> wrongPriority = ApiTestClients.newCase(title);
        wrongPriority.put("priority", "URGENT");
        assertRefused(dhaApi.post("/api/v1/cases", wrongPriority), 422, "priority");

        Map<String, Object> shortTitle = ApiTestClients.newCase("Hi");
        assertRefused(dhaApi.post("/api/v1/cases", shortTitle), 422, "title");

        Map<String, Object> badEmail = ApiTestClients.newCase(title);
        badEmail.put("citizen", Map.of("fullName", "Thandi Mokoena", "email", "not-an-address"));
        assertRefused(dhaApi.post("/api/v1/cases", badEmail), 422, "citizen.email");

        HttpResponse<String> malformed = dhaApi.post("/api/v1/cases", "{\"title\": ", UUID.randomUUID().toString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> noKey = dhaApi.post("/api/v1/cases",
                ApiTestClients.JSON.writeValueAsString(ApiTestClients.newCase(title)), null);
        assertRefused(noKey, 422, "Idempotency-Key");

        HttpResponse<String> badFilter = dhaApi.get("/api/v1/cases?status=OPENED");
        assertRefused(badFilter, 422, "status");

        assertThat(casesTitled(dhaApi, title)).isZero();
    }

    @Test
    void aDepartmentsClientCannotReadOrWriteAnotherDepartmentsCase() {
        String title = "Only DHA's " + UUID.randomUUID();
        String reference = ApiTestClients.json(dhaApi.post("/api/v1/cases", ApiTestClients.newCase(title)))
                .get("reference").asString();

        HttpResponse<String> read = gpApi.get("/api/v1/cases/" + reference);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(ApiTestClients.json(read).get("type").asString()).isEqualTo("urn:isdip:problem:not-found");
        assertThat(gpApi.post("/api/v1/cases/" + reference + "/comments", Map.of("text", "Not ours"))
                .statusCode()).isEqualTo(404);
        assertThat(gpApi.post("/api/v1/cases/" + reference + "/transitions",
                Map.of("action", "CLOSE", "version", 0)).statusCode()).isEqualTo(404);
        assertThat(casesTitled(gpApi, title)).isZero();
        // DHA's own case is untouched.
        JsonNode own = ApiTestClients.json(dhaApi.get("/api/v1/cases/" + reference));
        assertThat(own.get("timeline").toString()).doesNotContain("Not ours");
    }

    @Test
    void attachmentsAreCheckedLikeTheUploadsOfThePortal() {
        String reference = ApiTestClients.json(dhaApi.post("/api/v1/cases",
                ApiTestClients.newCase("With a file " + UUID.randomUUID()))).get("reference").asString();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

        HttpResponse<String> attached = upload(reference, "letter.pdf", pdf);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        JsonNode attachment = ApiTestClients.json(attached).get("attachments").get(0);
        assertThat(attachment.get("fileName").asString()).isEqualTo("letter.pdf");
        HttpResponse<byte[]> downloaded = dhaApi.getBytes("/api/v1/cases/" + reference + "/attachments/"
                + attachment.get("id").asLong());
        assertThat(downloaded.body()).isEqualTo(pdf);

        // A program named as a PDF is refused.
        assertRefused(upload(reference, "invoice.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3}), 422, "file");
    }

    @Test
    void listsPageThroughCasesChangedSinceAMoment() {
        String marker = "Paged " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            dhaApi.post("/api/v1/cases", ApiTestClients.newCase(marker + " " + i));
        }
        JsonNode firstPage = ApiTestClients.json(dhaApi.get("/api/v1/cases?priority=HIGH&size=2"));
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(firstPage.get("next").asString()).contains("priority=HIGH").contains("size=2").contains("after=");
        JsonNode secondPage = ApiTestClients.json(dhaApi.get(firstPage.get("next").asString()));
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("items").get(0).get("reference").asString())
                .isNotIn(firstPage.get("items").get(0).get("reference").asString(),
                        firstPage.get("items").get(1).get("reference").asString());

        JsonNode newest = ApiTestClients.json(dhaApi.get("/api/v1/cases?size=100&updatedSince="
                + java.time.Instant.now().minusSeconds(120)));
        assertThat(newest.get("items").toString()).contains(marker + " 0", marker + " 1", marker + " 2");
        JsonNode future = ApiTestClients.json(dhaApi.get("/api/v1/cases?updatedSince="
                + java.time.Instant.now().plusSeconds(3600)));
        assertThat(future.get("totalItems").asLong()).isZero();
    }

    /**
     * Reading page by page while officials work: a case changed after its page was read moves to the end of the
     * order. Following next continues after the last case read, so the case that moved up into the gap is not skipped
     * (as it would be with page numbers), and the changed case comes again.
     */
    @Test
    void followingNextReadsEveryCaseEvenWhenOneChangesMidway() throws InterruptedException {
        String marker = "Synced " + UUID.randomUUID();
        java.time.Instant start = java.time.Instant.now().minusSeconds(1);
        List<String> logged = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logged.add(ApiTestClients.json(dhaApi.post("/api/v1/cases", ApiTestClients.newCase(marker + " " + i)))
                    .get("reference").asString());
        }
        List<String> seen = new java.util.ArrayList<>();
        String[] changed = {null};
        String address = "/api/v1/cases?size=2&updatedSince=" + start;
        for (int page = 0; address != null; page++) {
            JsonNode read = ApiTestClients.json(dhaApi.get(address));
            assertThat(read.get("page").asInt()).isEqualTo(page);
            read.get("items").forEach(item -> {
                if (item.get("title").asString().startsWith(marker)) {
                    seen.add(item.get("reference").asString());
                }
            });
            if (changed[0] == null && !seen.isEmpty()) {
                // The database may keep whole seconds: the change lands in a later second than the logging did.
                Thread.sleep(1_100 - java.time.Instant.now().toEpochMilli() % 1_000);
                changed[0] = seen.getFirst();
                assertThat(dhaApi.post("/api/v1/cases/" + changed[0] + "/comments",
                        Map.of("text", "Citizen called again")).statusCode()).isEqualTo(201);
            }
            address = read.get("next").isNull() ? null : read.get("next").asString();
        }
        assertThat(seen).containsAll(logged);
        assertThat(seen).as("the changed case comes again, last").endsWith(changed[0]).hasSize(logged.size() + 1);

        assertRefused(dhaApi.get("/api/v1/cases?after=not-a-cursor"), 422, "after");
        // Deep pages by number would make the database count past every case before them.
        assertRefused(dhaApi.get("/api/v1/cases?size=50&page=200"), 422, "page");
        assertThat(dhaApi.get("/api/v1/cases?size=50&page=199").statusCode()).isEqualTo(200);
        assertRefused(dhaApi.get("/api/v1/cases?page=2&after=" + java.util.Base64.getUrlEncoder()
                .encodeToString("1:1796112000000000:42".getBytes())), 422, "page");
    }

    private HttpResponse<String> upload(String reference, String fileName, byte[] content) {
        String boundary = "----isdip" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return ApiTestClients.send(dhaApi.request("/api/v1/cases/" + reference + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = ApiTestClients.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank().doesNotStartWith("!");
    }

    private static long casesTitled(Api api, String title) {
        JsonNode page = ApiTestClients.json(api.get("/api/v1/cases?size=100&updatedSince="
                + java.time.Instant.now().minusSeconds(600)));
        long count = 0;
        for (JsonNode item : page.get("items")) {
            if (item.get("title").asString().equals(title)) {
                count++;
            }
        }
        return count;
    }
}
