package za.gov.dpsa.isdip.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.support.ApiTestClients;
import za.gov.dpsa.isdip.support.ApiTestClients.Api;
import za.gov.dpsa.isdip.support.KeycloakTestServer;
import za.gov.dpsa.isdip.support.TestUsers;

/**
 * The API's OpenAPI description is the contract: every operation's example request, sent to the running API with
 * a real client's token, gets a documented success whose body has every field of the documented example. The
 * committed copy (docs/api/openapi.json) is the served one; when the API changes, this test rewrites it and fails,
 * so the change comes with its description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiContractTest {

    static final Path COMMITTED = Path.of("docs/api/openapi.json");
    static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** A financial year no other test submits reports for. */
    static final int YEAR = 2014;
    static final String PERIOD = "2014-15-Q2";

    @Autowired
    ApiClients clients;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    DepartmentReports reports;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
    }

    @BeforeEach
    void asInProduction() {
        ApiTestClients.useTheApplicationsSecurityContext(context);
    }

    @Test
    void theCommittedDescriptionIsTheOneTheApiServes() throws Exception {
        HttpResponse<String> served = new Api("http://localhost:" + port, null).get("/api/v1/openapi.json");
        assertThat(served.statusCode()).isEqualTo(200);
        String pretty = PRETTY.writeValueAsString(ApiTestClients.JSON.readTree(served.body())) + "\n";
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        if (!pretty.equals(committed)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, pretty);
        }
        assertThat(committed).as("docs/api/openapi.json was rewritten because the API changed; commit it")
                .isEqualTo(pretty);
    }

    @Test
    void everyOperationsExampleRequestGetsItsDocumentedAnswer() {
        String base = "http://localhost:" + port;
        Api department = new Api(base, ApiTestClients.token(ApiTestClients.forDepartment(clients, "dha")));
        Api analytics = new Api(base, ApiTestClients.token(ApiTestClients.forDpsaAnalytics(clients)));
        JsonNode spec = ApiTestClients.json(department.get("/api/v1/openapi.json"));

        // What the examples name must exist: a case with a file, a webhook, DHA's submitted report of a period.
        Map<String, String> fixtures = new HashMap<>();
        JsonNode created = ApiTestClients.json(department.post("/api/v1/cases",
                ApiTestClients.newCase("Contract fixture " + UUID.randomUUID())));
        fixtures.put("reference", created.get("reference").asString());
        fixtures.put("version", created.get("version").asString());
        JsonNode attached = ApiTestClients.json(uploadPdf(department, fixtures.get("reference")));
        fixtures.put("attachmentId", attached.get("attachments").get(0).get("id").asString());
        fixtures.put("version", attached.get("version").asString());
        fixtures.put("id", ApiTestClients.json(department.post("/api/v1/webhooks", Map.of("url",
                "https://callcentre.dha.example.gov.za/isdip/contract", "eventTypes",
                List.of("case.status-changed")))).get("id").asString());
        submitted(PERIOD);
        fixtures.put("period", PERIOD);
        fixtures.put("department", "dha");
        fixtures.put("financialYear", String.valueOf(YEAR));

        List<String> checked = new ArrayList<>();
        JsonNode paths = spec.get("paths");
        List<String[]> deletes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (method.equals("DELETE")) {
                    deletes.add(new String[] {path.getKey(), method});
                    continue;
                }
                boolean dpsa = path.getKey().startsWith("/api/v1/report");
                check(spec, path.getKey(), method, operation.getValue(), dpsa ? analytics : department, fixtures,
                        dpsa);
                checked.add(operation.getValue().get("operationId").asString());
            }
        }
        for (String[] delete : deletes) {
            JsonNode operation = paths.get(delete[0]).get("delete");
            check(spec, delete[0], delete[1], operation, department, fixtures, false);
            checked.add(operation.get("operationId").asString());
        }
        assertThat(checked).contains("logCase", "listCases", "getCase", "commentOnCase", "changeCaseStatus",
                "attachToCase", "downloadAttachment", "listReports", "getReport", "getReportDataValueSet",
                "getReportAdx", "getReportingMatrix", "getConsolidation", "getConsolidationDataValueSet",
                "getConsolidationAdx", "listWebhooks", "getWebhook", "createWebhook", "deleteWebhook");
    }

    private void check(JsonNode spec, String template, String method, JsonNode operation, Api api,
                       Map<String, String> fixtures, boolean dpsa) {
        String id = operation.get("operationId").asString();
        String path = template;
        List<String> query = new ArrayList<>();
        HttpRequest.Builder request;
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asString();
            String value = fixtures.getOrDefault(name, parameter.path("example").asString(""));
            assertThat(parameter.has("example") || fixtures.containsKey(name)).as(id + ": example of " + name)
                    .isTrue();
            switch (parameter.get("in").asString()) {
                case "path" -> path = path.replace("{" + name + "}", value);
                case "query" -> {
                    if (name.equals("department") && !dpsa) {
                        continue;
                    }
                    query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                case "header" -> headers.put(name, name.equals(IdempotentRequests.HEADER)
                        ? UUID.randomUUID().toString() : value);
                default -> { }
            }
        }
        String address = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        JsonNode body = operation.path("requestBody").path("content");
        if (body.has("multipart/form-data")) {
            assertCheck(id, operation, uploadPdf(api, fixtures.get("reference")));
            return;
        }
        request = api.request(address);
        headers.forEach(request::header);
        if (body.has("application/json")) {
            ObjectNode example = exampleOf(spec, body.get("application/json").get("schema"));
            example.properties().forEach(field -> {
                if (fixtures.containsKey(field.getKey())) {
                    example.put(field.getKey(), Long.parseLong(fixtures.get(field.getKey())));
                }
            });
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(example.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = ApiTestClients.send(request.build());
        assertCheck(id, operation, response);
        if (id.equals("changeCaseStatus") || id.equals("commentOnCase")) {
            fixtures.put("version", ApiTestClients.json(response).get("version").asString());
        }
    }

    /** A documented 2xx, of the documented type, with every field of the documented example. */
    private static void assertCheck(String id, JsonNode operation, HttpResponse<String> response) {
        String status = String.valueOf(response.statusCode());
        assertThat(status).as(id + " answered " + response.body()).startsWith("2");
        JsonNode documented = operation.get("responses").get(status);
        assertThat(documented).as(id + ": status " + status + " is documented").isNotNull();
        JsonNode content = documented.path("content");
        if (content.isEmpty()) {
            return;
        }
        Map.Entry<String, JsonNode> type = content.properties().iterator().next();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!type.getKey().contains("json") && !type.getKey().contains("xml")) {
            // A file, as it was uploaded: its own type.
            return;
        }
        assertThat(contentType).as(id + ": content type").startsWith(type.getKey());
        JsonNode examples = type.getValue().path("examples");
        assertThat(examples.isEmpty()).as(id + ": the " + status + " answer has an example").isFalse();
        JsonNode example = examples.properties().iterator().next().getValue().get("value");
        if (type.getKey().contains("xml")) {
            assertThat(response.body()).as(id).contains("urn:ihe:qrph:adx:2015");
            return;
        }
        JsonNode expected = example.isString() ? ApiTestClients.JSON.readTree(example.asString()) : example;
        JsonNode actual = ApiTestClients.JSON.readTree(response.body());
        assertSameShape(id, expected, actual);
    }

    private static void assertSameShape(String id, JsonNode expected, JsonNode actual) {
        if (expected.isArray() && actual.isArray()) {
            if (!expected.isEmpty() && !actual.isEmpty()) {
                assertSameShape(id, expected.get(0), actual.get(0));
            }
            return;
        }
        assertThat(actual.getNodeType()).as(id + ": the answer's shape").isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            for (Iterator<String> names = expected.propertyNames().iterator(); names.hasNext(); ) {
                String name = names.next();
                assertThat(actual.has(name)).as(id + ": the answer has the documented field " + name).isTrue();
            }
        }
    }

    /** A request body from the examples of its schema's properties, nested objects included. */
    private static ObjectNode exampleOf(JsonNode spec, JsonNode schema) {
        JsonNode resolved = resolve(spec, schema);
        ObjectNode example = ApiTestClients.JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            JsonNode definition = resolve(spec, property.getValue());
            if (definition.has("example")) {
                JsonNode value = definition.get("example");
                if (value.isString() && value.asString().startsWith("[")) {
                    value = ApiTestClients.JSON.readTree(value.asString());
                }
                example.set(property.getKey(), value);
            } else if (definition.has("properties")) {
                example.set(property.getKey(), exampleOf(spec, definition));
            }
        }
        return example;
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.get("$ref").asString().replace("#/components/schemas/", "");
            current = spec.get("components").get("schemas").get(name);
        }
        if (current.has("allOf")) {
            return resolve(spec, current.get("allOf").get(0));
        }
        return current;
    }

    private void submitted(String periodId) {
        var dpsa = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
        ReportingPeriod period = TestUsers.callAs(dpsa, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == YEAR && p.quarter() == 2).findFirst()
                .orElseGet(() -> periods.open(YEAR, 2, ReportingPeriod.end(YEAR, 2).plusDays(30))));
        var reporter = TestUsers.user("dha.reporter", "dha", "dept-user", "dept-reporter");
        TestUsers.runAs(reporter, () -> reports.submit(period.id()));
    }

    private static HttpResponse<String> uploadPdf(Api api, String reference) {
        String boundary = "----contract" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"letter.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
        return ApiTestClients.send(api.request("/api/v1/cases/" + reference + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(IdempotentRequests.HEADER, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
