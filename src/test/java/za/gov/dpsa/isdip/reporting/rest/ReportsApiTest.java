package za.gov.dpsa.isdip.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;
import za.gov.dpsa.isdip.reporting.internal.SubmissionSummary;
import za.gov.dpsa.isdip.support.TestClients;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * The reports API through MockMvc, as department systems and DPSA's analytics client call it, over reports submitted
 * the way departments submit them. It uses FY 2015/16 Q3 and Q4, which no other test opens; a second run finds the
 * reports of the first already submitted and reads those.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportsApiTest {

    static final int YEAR = 2015;
    static final String Q3 = "2015-16-Q3";
    static final String Q4 = "2015-16-Q4";
    /** A narrative with everything XML and JSON must escape. */
    static final String NARRATIVE = "Queues <at> Mthatha & \"Smart ID\" collection's backlog\nsecond line";

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser DHA_REPORTER = TestUsers.user("dha.reporter", "dha", "dept-user", "dept-reporter");
    static final PortalUser EC_REPORTER = TestUsers.user("ec.reporter", "ec-social-development", "dept-user",
            "dept-reporter");

    static final SystemClient DHA_SYSTEM = TestClients.department("dha-case-system", "dha");
    static final SystemClient EC_SYSTEM = TestClients.department("ecdsd-mis", "ec-social-development");
    static final SystemClient ANALYTICS = TestClients.analytics("dpsa-analytics");

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    DepartmentReports reports;

    /**
     * The controllers without the security filters, the client signed in on the test's thread: the browser chain
     * that serves /api/** until the API's own chain is merged refuses API clients (403), so the controllers,
     * their JSON and XML and their refusals are tested past it. {@link #secured} is the full chain.
     */
    MockMvc mvc;
    /** With Spring Security's filters, as a real request meets them. */
    MockMvc secured;
    ReportingPeriod q3;
    ReportingPeriod q4;
    SubmissionSummary dhaQ3;

    @BeforeEach
    void departmentsSubmitted() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        secured = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        q3 = opened(3);
        q4 = opened(4);
        dhaQ3 = submit(DHA_REPORTER, q3, Map.of("cases.opened", NARRATIVE));
        submit(EC_REPORTER, q3, Map.of());
        submit(EC_REPORTER, q4, Map.of());
    }

    @Test
    void aReportsDataValueSetCarriesEveryStoredValueOfItsSnapshot() throws Exception {
        ReportSnapshot stored = TestUsers.callAs(DHA_REPORTER, () -> reports.snapshot(dhaQ3.id()));

        JsonNode set = json(ok(DHA_SYSTEM, get("/api/v1/reports/" + Q3 + "/dataValueSets")));

        assertThat(set.get("dataSet").asString()).isEqualTo("ISDIP_QUARTERLY");
        assertThat(set.get("period").asString()).isEqualTo("2015Q4");
        assertThat(set.get("orgUnit").asString()).isEqualTo("dha");
        assertThat(set.get("completeDate").asString())
                .isEqualTo(dhaQ3.submittedAt().atZone(PortalTime.ZONE).toLocalDate().toString());
        Map<String, JsonNode> byElement = new HashMap<>();
        for (JsonNode value : set.get("dataValues")) {
            assertThat(value.get("period").asString()).isEqualTo("2015Q4");
            assertThat(value.get("orgUnit").asString()).isEqualTo("dha");
            assertThat(byElement.put(value.get("dataElement").asString(), value)).as("one value per element")
                    .isNull();
        }
        List<String> withValues = new ArrayList<>();
        for (ReportSnapshot.Figure figure : stored.figures()) {
            JsonNode value = byElement.get(figure.code());
            if (figure.value() == null) {
                assertThat(value).as(figure.code() + " has no figure, so no value").isNull();
                continue;
            }
            withValues.add(figure.code());
            assertThat(value).as(figure.code()).isNotNull();
            assertThat(new BigDecimal(value.get("value").asString())).as(figure.code())
                    .isEqualByComparingTo(figure.value());
            assertThat(value.has("comment") ? value.get("comment").asString() : null).as(figure.code())
                    .isEqualTo(figure.narrative());
        }
        assertThat(byElement.keySet()).containsExactlyInAnyOrderElementsOf(withValues);
        assertThat(byElement.get("cases.opened").get("comment").asString()).isEqualTo(NARRATIVE);
    }

    @Test
    void aReportsAdxCarriesEveryStoredValueOfItsSnapshot() throws Exception {
        ReportSnapshot stored = TestUsers.callAs(DHA_REPORTER, () -> reports.snapshot(dhaQ3.id()));

        MockHttpServletResponse response = ok(DHA_SYSTEM, get("/api/v1/reports/" + Q3 + "/adx"));

        assertThat(response.getContentType()).startsWith("application/adx+xml");
        Document adx = xml(response.getContentAsByteArray());
        Element root = adx.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(Dhis2Exports.ADX_NAMESPACE);
        assertThat(root.getLocalName()).isEqualTo("adx");
        assertThat(java.time.OffsetDateTime.parse(root.getAttribute("exported")).getOffset())
                .isEqualTo(java.time.ZoneOffset.ofHours(2));
        NodeList groups = adx.getElementsByTagNameNS(Dhis2Exports.ADX_NAMESPACE, "group");
        assertThat(groups.getLength()).isOne();
        Element group = (Element) groups.item(0);
        assertThat(group.getAttribute("orgUnit")).isEqualTo("dha");
        assertThat(group.getAttribute("period")).isEqualTo("2015-10-01/P3M");
        assertThat(group.getAttribute("dataSet")).isEqualTo("ISDIP_QUARTERLY");
        Map<String, Element> byElement = dataValues(group);
        int withValues = 0;
        for (ReportSnapshot.Figure figure : stored.figures()) {
            Element value = byElement.get(figure.code());
            if (figure.value() == null) {
                assertThat(value).as(figure.code()).isNull();
                continue;
            }
            withValues++;
            assertThat(new BigDecimal(value.getAttribute("value"))).as(figure.code())
                    .isEqualByComparingTo(figure.value());
            NodeList annotation = value.getElementsByTagNameNS(Dhis2Exports.ADX_NAMESPACE, "annotation");
            assertThat(annotation.getLength() == 0 ? null : annotation.item(0).getTextContent()).as(figure.code())
                    .isEqualTo(figure.narrative());
        }
        assertThat(byElement).hasSize(withValues);
    }

    @Test
    void theJsonReportIsTheStoredSnapshotFigureByFigure() throws Exception {
        ReportSnapshot stored = TestUsers.callAs(DHA_REPORTER, () -> reports.snapshot(dhaQ3.id()));

        JsonNode report = json(ok(DHA_SYSTEM, get("/api/v1/reports/" + Q3)));

        assertThat(report.get("department").asString()).isEqualTo("dha");
        assertThat(report.get("period").asString()).isEqualTo(Q3);
        assertThat(report.get("dhis2Period").asString()).isEqualTo("2015Q4");
        assertThat(report.get("checksum").asString()).isEqualTo(dhaQ3.checksum());
        assertThat(report.get("submittedAt").asString()).endsWith("+02:00");
        assertThat(report.get("figures")).hasSize(stored.figures().size());
        for (int i = 0; i < stored.figures().size(); i++) {
            ReportSnapshot.Figure figure = stored.figures().get(i);
            JsonNode json = report.get("figures").get(i);
            assertThat(json.get("indicator").asString()).isEqualTo(figure.code());
            if (figure.value() == null) {
                assertThat(json.get("value").isNull()).isTrue();
            } else {
                assertThat(json.get("value").decimalValue()).as(figure.code()).isEqualByComparingTo(figure.value());
            }
        }
    }

    @Test
    void aDepartmentSystemSeesOnlyItsOwnDepartmentsReports() throws Exception {
        JsonNode page = json(ok(DHA_SYSTEM, get("/api/v1/reports").param("size", "100")));
        assertThat(page.get("items").size()).isPositive();
        page.get("items").forEach(r -> assertThat(r.get("department").asString()).isEqualTo("dha"));
        assertThat(json(ok(DHA_SYSTEM, get("/api/v1/reports").param("period", Q4))).get("totalItems").asLong())
                .isZero();

        // Q4: only the Eastern Cape submitted. Its report is not found for Home Affairs, as if there were none.
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports/" + Q4))).isEqualTo(new Outcome(404, null));
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports/" + Q4 + "/dataValueSets")))
                .isEqualTo(new Outcome(404, null));
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports/" + Q4 + "/adx"))).isEqualTo(new Outcome(404, null));
        // No parameter chooses another department.
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports/" + Q3).param("department", "ec-social-development")))
                .isEqualTo(new Outcome(422, "department"));
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports").param("department", "ec-social-development")))
                .isEqualTo(new Outcome(422, "department"));
        // The Eastern Cape's own system reads it.
        assertThat(json(ok(EC_SYSTEM, get("/api/v1/reports/" + Q4))).get("department").asString())
                .isEqualTo("ec-social-development");
        // DPSA's console figures are not for a department system.
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reporting/matrix")).status()).isEqualTo(403);
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reporting/consolidation").param("period", Q3)).status())
                .isEqualTo(403);
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reporting/consolidation/adx").param("period", Q3)).status())
                .isEqualTo(403);
    }

    @Test
    void dpsaAnalyticsReadsEveryDepartmentsSubmittedReportsAndTheConsole() throws Exception {
        JsonNode year = json(ok(ANALYTICS, get("/api/v1/reports").param("financialYear", String.valueOf(YEAR))
                .param("size", "100")));
        List<String> seen = new ArrayList<>();
        year.get("items").forEach(r -> seen.add(r.get("department").asString() + " " + r.get("period").asString()));
        assertThat(seen).contains("dha " + Q3, "ec-social-development " + Q3, "ec-social-development " + Q4);
        JsonNode ecOnly = json(ok(ANALYTICS, get("/api/v1/reports").param("department", "ec-social-development")
                .param("period", Q3)));
        assertThat(ecOnly.get("totalItems").asLong()).isOne();

        assertThat(json(ok(ANALYTICS, get("/api/v1/reports/" + Q4).param("department", "ec-social-development")))
                .get("department").asString()).isEqualTo("ec-social-development");
        assertThat(outcome(ANALYTICS, get("/api/v1/reports/" + Q4).param("department", "dha")))
                .isEqualTo(new Outcome(404, null));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports/" + Q4))).isEqualTo(new Outcome(422, "department"));

        JsonNode matrix = json(ok(ANALYTICS, get("/api/v1/reporting/matrix").param("financialYear", "2015")));
        List<String> shown = new ArrayList<>();
        matrix.get("periods").forEach(p -> shown.add(p.get("period").asString()));
        assertThat(shown).contains(Q3, Q4).allMatch(p -> p.startsWith("2015-16"));
        JsonNode dhaRow = null;
        for (JsonNode row : matrix.get("departments")) {
            if (row.get("department").asString().equals("dha")) {
                dhaRow = row;
            }
        }
        assertThat(dhaRow).isNotNull();
        for (JsonNode cell : dhaRow.get("cells")) {
            if (cell.get("period").asString().equals(Q3)) {
                assertThat(cell.get("status").asString()).isIn("SUBMITTED", "ACCEPTED");
                // Submitted today, years after the due date.
                assertThat(cell.get("onTime").asBoolean()).isFalse();
            }
        }

        JsonNode consolidation = json(ok(ANALYTICS, get("/api/v1/reporting/consolidation").param("period", Q3)));
        assertThat(consolidation.get("dhis2Period").asString()).isEqualTo("2015Q4");
        JsonNode bulk = json(ok(ANALYTICS, get("/api/v1/reporting/consolidation/dataValueSets").param("period", Q3)));
        List<String> orgUnits = new ArrayList<>();
        bulk.get("dataValues").forEach(v -> orgUnits.add(v.get("orgUnit").asString()));
        assertThat(orgUnits).contains("dha", "ec-social-development");
        Document adx = xml(ok(ANALYTICS, get("/api/v1/reporting/consolidation/adx").param("period", Q3))
                .getContentAsByteArray());
        List<String> groups = new ArrayList<>();
        NodeList nodes = adx.getElementsByTagNameNS(Dhis2Exports.ADX_NAMESPACE, "group");
        for (int i = 0; i < nodes.getLength(); i++) {
            groups.add(((Element) nodes.item(i)).getAttribute("orgUnit"));
        }
        assertThat(groups).contains("dha", "ec-social-development").doesNotHaveDuplicates();
        // The national sum of cases opened is the sum of the exported values.
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode v : bulk.get("dataValues")) {
            if (v.get("dataElement").asString().equals("cases.opened")) {
                sum = sum.add(new BigDecimal(v.get("value").asString()));
            }
        }
        for (JsonNode line : consolidation.get("indicators")) {
            if (line.get("indicator").asString().equals("cases.opened")) {
                assertThat(line.get("national").decimalValue()).isEqualByComparingTo(sum);
            }
        }
    }

    @Test
    void parametersAreValidatedWithTheFieldAtFault() throws Exception {
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("size", "101")))
                .isEqualTo(new Outcome(422, "size"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("size", "0")))
                .isEqualTo(new Outcome(422, "size"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("size", "ten")))
                .isEqualTo(new Outcome(422, "size"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("page", "-1")))
                .isEqualTo(new Outcome(422, "page"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("financialYear", "26")))
                .isEqualTo(new Outcome(422, "financialYear"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("period", "2015Q4")))
                .isEqualTo(new Outcome(422, "period"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reports").param("department", "no-such-department")))
                .isEqualTo(new Outcome(422, "department"));
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports/2015-17-Q3"))).isEqualTo(new Outcome(422, "period"));
        assertThat(outcome(ANALYTICS, get("/api/v1/reporting/consolidation"))).isEqualTo(new Outcome(422, "period"));
        // Well formed, but DPSA never opened it.
        assertThat(outcome(DHA_SYSTEM, get("/api/v1/reports/1999-00-Q1"))).isEqualTo(new Outcome(404, null));
        assertThat(json(ok(ANALYTICS, get("/api/v1/reports").param("page", "0").param("size", "100")))
                .get("size").asInt()).isEqualTo(100);
    }

    @Test
    void theOpenApiDescriptionNamesEveryOperationWithExamplesForEveryParameter() throws Exception {
        JsonNode api = JSON.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString());
        List<String> operations = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/report")) {
                continue;
            }
            JsonNode operation = path.getValue().get("get");
            operations.add(operation.get("operationId").asString());
            assertThat(operation.get("summary")).as(path.getKey()).isNotNull();
            for (JsonNode parameter : operation.path("parameters")) {
                assertThat(parameter.has("example")).as(path.getKey() + " " + parameter.get("name")).isTrue();
            }
            assertThat(operation.get("responses").get("200").get("content").properties().iterator().next()
                    .getValue().has("examples")).as(path.getKey()).isTrue();
            assertThat(operation.get("responses").has("403")).as(path.getKey()).isTrue();
        }
        assertThat(operations).containsExactlyInAnyOrder("listReports", "getReport", "getReportDataValueSet",
                "getReportAdx", "getReportingMatrix", "getConsolidation", "getConsolidationDataValueSet",
                "getConsolidationAdx");
    }

    @Test
    void anApiClientReachesItsReportsThroughTheSecurityChain() throws Exception {
        MockHttpServletResponse response = secured.perform(get("/api/v1/reports/" + Q3)
                .with(authentication(TestClients.authenticationOf(DHA_SYSTEM)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(response.getContentAsString()).get("department").asString()).isEqualTo("dha");
    }

    // ---- helpers

    private ReportingPeriod opened(int quarter) {
        return TestUsers.callAs(DPSA, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == YEAR && p.quarter() == quarter).findFirst()
                .orElseGet(() -> periods.open(YEAR, quarter, ReportingPeriod.end(YEAR, quarter).plusDays(30))));
    }

    /** Submits once: a second run finds the submission there (submitting again returns it). */
    private SubmissionSummary submit(PortalUser reporter, ReportingPeriod period, Map<String, String> narratives) {
        return TestUsers.callAs(reporter, () -> {
            if (reports.history(period.id()).isEmpty() && !narratives.isEmpty()) {
                reports.saveDraft(period.id(), reports.prepare(period.id()).draftVersion(), narratives, Map.of());
            }
            return reports.submit(period.id());
        });
    }

    private MockHttpServletResponse ok(SystemClient client, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(client, request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    /** A refusal: its status and, for 422, the field at fault. */
    record Outcome(int status, String field) {
    }

    /**
     * The status the platform's problem-details advice gives, and the field of a 422. Until that advice is in this
     * branch, the module's exceptions leave MockMvc unhandled; they are read here by the status the advice maps
     * them to (NotFound 404, InvalidInput 422, Conflict 409, AccessDeniedException 403).
     */
    private Outcome outcome(SystemClient client, MockHttpServletRequestBuilder request) throws Exception {
        try {
            MockHttpServletResponse response = perform(client, request);
            String field = null;
            if (response.getStatus() == 422) {
                JsonNode problem = JSON.readTree(response.getContentAsString());
                field = problem.has("errors") ? problem.get("errors").get(0).get("field").asString() : null;
            }
            return new Outcome(response.getStatus(), field);
        } catch (ServletException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInput invalid) {
                return new Outcome(422, invalid.field());
            }
            if (cause instanceof NotFound) {
                return new Outcome(404, null);
            }
            if (cause instanceof Conflict) {
                return new Outcome(409, null);
            }
            if (cause instanceof AccessDeniedException) {
                return new Outcome(403, null);
            }
            throw e;
        }
    }

    /** One call as the client, signed in on this thread as the API's chain would sign it in. */
    private MockHttpServletResponse perform(SystemClient client, MockHttpServletRequestBuilder request)
            throws Exception {
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(TestClients.authenticationOf(client));
        SecurityContextHolder.setContext(signedIn);
        try {
            return mvc.perform(request).andReturn().getResponse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/json");
        return JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static Map<String, Element> dataValues(Element group) {
        Map<String, Element> byElement = new HashMap<>();
        NodeList values = group.getElementsByTagNameNS(Dhis2Exports.ADX_NAMESPACE, "dataValue");
        for (int i = 0; i < values.getLength(); i++) {
            Element value = (Element) values.item(i);
            assertThat(byElement.put(value.getAttribute("dataElement"), value)).as("one value per element").isNull();
        }
        return byElement;
    }
}
