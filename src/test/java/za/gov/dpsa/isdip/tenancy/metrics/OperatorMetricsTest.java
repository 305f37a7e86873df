package za.gov.dpsa.isdip.tenancy.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.context.annotation.Import;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.ReportExceptions;
import za.gov.dpsa.isdip.reporting.internal.SubmissionSummary;
import za.gov.dpsa.isdip.reporting.internal.TestFigures;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * What an operator reads from the management port: request times by department and by kind of Vaadin request,
 * signed-in sessions by department and report submissions by outcome; and that none of it is on the public port.
 * The portal runs on real ports with the real servlet container; a signed-in session is one in which Spring
 * Security's context holds the user, as after a Keycloak sign-in (Keycloak itself is for the browser tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestFigures.class)
class OperatorMetricsTest {

    static final PortalUser DHA_OFFICIAL = TestUsers.user("dha.metrics", "dha", "dept-user");
    static final PortalUser DPSA = TestUsers.user("dpsa.metrics", null, "dpsa-admin");
    static final PortalUser DEL_REPORTER = TestUsers.user("del.metrics", "del", "dept-user", "dept-reporter");
    static final PortalUser GP_REPORTER = TestUsers.user("gp.metrics", "gp-health", "dept-user", "dept-reporter");
    /** Its figures break a rule of high importance (TestFigures). */
    static final PortalUser FAULTY_REPORTER = TestUsers.user("wc.metrics", TestFigures.FAULTY_DEPARTMENT, "dept-user",
            "dept-reporter");
    /** A quarter no other test reports on, so the counts here are this test's own. */
    static final int FISCAL_YEAR = 2012;

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    WebServerApplicationContext context;
    @Autowired
    MeterRegistry registry;
    @Autowired
    DepartmentReports reports;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    ReportingConsole console;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void requestTimesCarryTheDepartmentAndTheKindOfVaadinRequest() throws Exception {
        HttpSession session = signedIn(DHA_OFFICIAL);
        try {
            long pages = count("dha", "page");
            long roundTrips = count("dha", "uidl");
            long heartbeats = count("dha", "heartbeat");
            long anonymousPages = count("none", "page");

            HttpResponse<String> page = send(get(port, "/cases"), session);
            assertThat(page.statusCode()).isEqualTo(200);
            send(post(port, "/?v-r=uidl&v-uiId=0", "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"),
                    session);
            send(post(port, "/?v-r=heartbeat&v-uiId=0", ""), session);
            send(get(port, "/cases"), null);

            // Recorded as each request ends, which may be just after its response arrived.
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(count("dha", "page")).isEqualTo(pages + 1);
                assertThat(count("dha", "uidl")).isEqualTo(roundTrips + 1);
                assertThat(count("dha", "heartbeat")).isEqualTo(heartbeats + 1);
                assertThat(count("none", "page")).isEqualTo(anonymousPages + 1);
            });
        } finally {
            session.invalidate();
        }
    }

    @Test
    void signedInSessionsAreCountedByDepartmentUntilTheyEnd() {
        double dha = active("dha");
        double platform = active("platform");

        HttpSession official = signedIn(DHA_OFFICIAL);
        HttpSession admin = signedIn(DPSA);
        assertThat(active("dha")).isEqualTo(dha + 1);
        assertThat(active("platform")).isEqualTo(platform + 1);

        // Spring Security saves the context again on later requests and changes the id at sign-in: still one.
        official.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                TestUsers.contextOf(DHA_OFFICIAL));
        tomcatContext().getManager().rotateSessionId(tomcatSession(official));
        assertThat(active("dha")).isEqualTo(dha + 1);

        // A session with no signed-in user (a visitor on the way to sign-in) is not counted.
        double all = allActive();
        HttpSession visitor = tomcatContext().getManager().createSession(null).getSession();
        visitor.setAttribute("anything", "value");
        assertThat(allActive()).isEqualTo(all);

        // Signing out removes the user from the session; timing out or invalidating ends it.
        official.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(active("dha")).isEqualTo(dha);
        tomcatSession(admin).expire();
        assertThat(active("platform")).isEqualTo(platform);
        official.invalidate();
        visitor.invalidate();
        assertThat(active("dha")).isEqualTo(dha);
    }

    @Test
    void reportSubmissionsAreCountedByDepartmentAndOutcome() {
        ReportingPeriod period = TestUsers.callAs(DPSA, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == FISCAL_YEAR && p.quarter() == 1).findFirst()
                .orElseGet(() -> periods.open(FISCAL_YEAR, 1, ReportingPeriod.end(FISCAL_YEAR, 1).plusDays(30))));

        double submitted = submissions("del", "submitted");
        double resubmitted = submissions("del", "resubmitted");
        double gpFailed = submissions("gp-health", "failed");
        double gpSubmitted = submissions("gp-health", "submitted");

        SubmissionSummary first = as(DEL_REPORTER, () -> reports.submit(period.id()));
        assertThat(submissions("del", "submitted")).isEqualTo(submitted + 1);
        // A second click returns the stored version: nothing new is counted.
        as(DEL_REPORTER, () -> reports.submit(period.id()));
        assertThat(submissions("del", "submitted")).isEqualTo(submitted + 1);

        TestUsers.runAs(DPSA, () -> console.returnToDepartment(first.id(), first.rowVersion(),
                "Please explain the case figures"));
        assertThat(as(DEL_REPORTER, () -> reports.submit(period.id())).version()).isEqualTo(2);
        assertThat(submissions("del", "resubmitted")).isEqualTo(resubmitted + 1);
        assertThat(submissions("del", "submitted")).isEqualTo(submitted + 1);

        jdbc.execute("CREATE TRIGGER metrics_fail_submission BEFORE INSERT ON report_submission FOR EACH ROW "
                + "BEGIN IF NEW.period_id = " + period.id() + " AND NEW.department_id = 'gp-health' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Disk full'; END IF; END");
        try {
            assertThatThrownBy(() -> as(GP_REPORTER, () -> reports.submit(period.id())))
                    .hasStackTraceContaining("Disk full");
        } finally {
            jdbc.execute("DROP TRIGGER metrics_fail_submission");
        }
        assertThat(submissions("gp-health", "failed")).isEqualTo(gpFailed + 1);
        assertThat(submissions("gp-health", "submitted")).isEqualTo(gpSubmitted);
        as(GP_REPORTER, () -> reports.submit(period.id()));
        assertThat(submissions("gp-health", "submitted")).isEqualTo(gpSubmitted + 1);
        assertThat(submissions("gp-health", "failed")).isEqualTo(gpFailed + 1);

        // Broken rules are the officer's to correct, not an operator's alarm: counted apart.
        double refused = submissions(TestFigures.FAULTY_DEPARTMENT, "refused");
        double faultyFailed = submissions(TestFigures.FAULTY_DEPARTMENT, "failed");
        assertThatThrownBy(() -> as(FAULTY_REPORTER, () -> reports.submit(period.id())))
                .isInstanceOf(ReportExceptions.RulesBroken.class);
        assertThat(submissions(TestFigures.FAULTY_DEPARTMENT, "refused")).isEqualTo(refused + 1);
        assertThat(submissions(TestFigures.FAULTY_DEPARTMENT, "failed")).isEqualTo(faultyFailed);
    }

    @Test
    void databaseTimeIsMeasuredPerDepartmentAndServerAndDepartmentsByState() {
        long before = connectionsHeld("del");
        long otherBefore = connectionsHeld("dha");
        as(DEL_REPORTER, () -> reports.prepare(currentPeriodId()));
        assertThat(connectionsHeld("del")).isGreaterThan(before);
        assertThat(connectionsHeld("dha")).isEqualTo(otherBefore);
        Gauge serving = registry.find("isdip.departments").tag("state", "serving").gauge();
        assertThat(serving).isNotNull();
        // The seven departments of tenants/, and those other test classes onboard on the same platform database.
        assertThat(serving.value()).isGreaterThanOrEqualTo(7);
        assertThat(registry.find("isdip.departments").tag("state", "unavailable").gauge().value()).isZero();
    }

    private long connectionsHeld(String department) {
        Timer held = registry.find("isdip.db.connection.held").tag("department", department).tag("server", "primary")
                .timer();
        return held == null ? 0 : held.count();
    }

    private long currentPeriodId() {
        return TestUsers.callAs(DPSA, () -> periods.all().stream()
                .filter(p -> p.fiscalYear() == FISCAL_YEAR && p.quarter() == 1).findFirst()
                .orElseGet(() -> periods.open(FISCAL_YEAR, 1, ReportingPeriod.end(FISCAL_YEAR, 1).plusDays(30)))).id();
    }

    @Test
    void prometheusAndHealthAreServedOnTheManagementPortOnly() throws Exception {
        HttpSession session = signedIn(DHA_OFFICIAL);
        try {
            send(get(port, "/cases"), session);

            HttpResponse<String> scrape = send(get(managementPort, "/actuator/prometheus"), null);
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body())
                    .containsPattern("isdip_sessions_active\\{[^}]*department=\"dha\"[^}]*} [1-9][0-9]*\\.0")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*department=\"dha\"[^}]*vaadin=\"page\"")
                    // The service level buckets behind a p95 in PromQL.
                    .containsPattern("http_server_requests_seconds_bucket\\{[^}]*department=\"dha\"[^}]*le=\"0.25\"");
            assertThat(scrape.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(send(get(managementPort, "/actuator/health/readiness"), null).statusCode()).isEqualTo(200);
            assertThat(send(get(managementPort, "/actuator/health/liveness"), null).statusCode()).isEqualTo(200);

            // On the public port, signed in or not, there are no metrics and no health endpoint: a visitor is sent
            // to sign in, a signed-in user gets the portal's page (Vaadin routes in the browser).
            for (HttpSession who : new HttpSession[] {null, session}) {
                for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
                        "/actuator"}) {
                    HttpResponse<String> response = send(get(port, path), who);
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                            .doesNotContain("actuator").doesNotContain("openmetrics").doesNotContain("version=0.0.4");
                    // No health answer ("status":"UP"); a refusal's error page says "status":403, a number.
                    assertThat(response.body()).as(path).doesNotContain("# HELP").doesNotContain("isdip_sessions")
                            .doesNotContainPattern("\"status\"\\s*:\\s*\"");
                }
            }
        } finally {
            session.invalidate();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A container session in which this user has signed in, as Spring Security stores it after sign-in. */
    private HttpSession signedIn(PortalUser user) {
        HttpSession session = tomcatContext().getManager().createSession(null).getSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                TestUsers.contextOf(user));
        return session;
    }

    private Context tomcatContext() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return (Context) tomcat.getHost().findChildren()[0];
    }

    private Session tomcatSession(HttpSession session) {
        try {
            return tomcatContext().getManager().findSession(session.getId());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, HttpSession session) throws Exception {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getId());
        }
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private static HttpRequest.Builder post(int port, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private long count(String department, String vaadin) {
        return registry.find("http.server.requests").tag("department", department).tag("vaadin", vaadin)
                .timers().stream().mapToLong(Timer::count).sum();
    }

    private double active(String department) {
        Gauge gauge = registry.find(SignedInSessions.METER).tag("department", department).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private double allActive() {
        return registry.find(SignedInSessions.METER).gauges().stream().mapToDouble(Gauge::value).sum();
    }

    private double submissions(String department, String outcome) {
        var counter = registry.find("isdip.report.submissions").tag("department", department)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
