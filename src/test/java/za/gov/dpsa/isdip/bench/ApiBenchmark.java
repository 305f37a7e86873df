package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;
import za.gov.dpsa.isdip.support.ApiTestClients;
import za.gov.dpsa.isdip.support.ApiTestClients.Api;
import za.gov.dpsa.isdip.support.KeycloakTestServer;

/**
 * The API as a department's system meets it, over HTTP through the whole chain (Keycloak token checked, the register
 * asked, the rate counted, the department's database): one case read, a page of 50, a case logged with its
 * Idempotency-Key, each timed at the client; and eight systems calling at once. Goals: p95 of a read 50 ms, of a
 * page 150 ms, of a write 150 ms, and 100 reads a second from eight callers. The API runs no Vaadin code, so Vaadin's
 * development mode does not change these figures.
 * <p>
 * Run it with {@code ./mvnw test -Pbench -Dtest=ApiBenchmark}; results on stdout and in
 * {@code target/bench/ApiBenchmark.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "isdip.embedded.platform-database=isdipbench_platform",
        "isdip.database.department-prefix=isdipbench_dept_",
        "isdip.test.reset-databases=false"})
@ActiveProfiles("test")
class ApiBenchmark {

    static final int WARM_UP = 30;
    static final int TIMED = 300;
    static final int CALLERS = 8;
    static final int CALLS_EACH = 100;

    @Autowired
    ApiClients clients;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationContext context;
    @Autowired
    za.gov.dpsa.isdip.tenancy.DepartmentDirectory directory;
    @Autowired
    za.gov.dpsa.isdip.tenancy.DepartmentOnboarding onboarding;
    @Autowired
    za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases databases;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
    }

    @Test
    void theApiAnswersADepartmentsSystemQuickly() throws Exception {
        ApiTestClients.useTheApplicationsSecurityContext(context);
        ApiTestClients.Client client = ApiTestClients.forDepartment(clients, "dha");
        // A benchmark is not a noisy client: its rate is raised so the limit does not shape the figures.
        za.gov.dpsa.isdip.support.TestUsers.runAs(za.gov.dpsa.isdip.support.TestUsers.user("dpsa.superadmin", null,
                "dpsa-admin"), () -> clients.limitRate(client.id(), ApiClients.MAX_RATE));
        Api api = new Api("http://localhost:" + port, ApiTestClients.token(client));
        String reference = ApiTestClients.json(api.post("/api/v1/cases",
                ApiTestClients.newCase("Benchmark case " + UUID.randomUUID()))).get("reference").asString();

        BenchData.Report report = new BenchData.Report("ApiBenchmark", dataSource);
        report.line("Department dha, one client; times at the client, HTTP over loopback");
        report.verdict("GET /cases/{reference}", time(() -> ok(api.get("/api/v1/cases/" + reference))), 50);
        report.verdict("GET /cases?size=50", time(() -> ok(api.get("/api/v1/cases?size=50"))), 150);
        report.verdict("POST /cases (Idempotency-Key)", time(() -> created(api.post("/api/v1/cases",
                ApiTestClients.newCase("Benchmark write " + UUID.randomUUID())))), 150);

        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            for (int i = 0; i < CALLERS * 5; i++) {
                ok(api.get("/api/v1/cases/" + reference));
            }
            long start = System.nanoTime();
            List<Future<Integer>> callers = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                callers.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_EACH; i++) {
                        ok(api.get("/api/v1/cases/" + reference));
                    }
                    return CALLS_EACH;
                }));
            }
            int calls = 0;
            for (Future<Integer> caller : callers) {
                calls += caller.get();
            }
            double perSecond = calls / ((System.nanoTime() - start) / 1e9);
            report.line("    %-34s %8.1f reads a second (%d callers x %d reads; goal 100) -> %s",
                    "8 systems at once", perSecond, CALLERS, CALLS_EACH, perSecond >= 100 ? "MET" : "NOT MET");
            report.finish();
            assertThat(perSecond).as("reads a second from %d callers", CALLERS).isGreaterThanOrEqualTo(100);
        } finally {
            pool.shutdownNow();
            // The benchmark databases are kept between runs: the client goes, so runs never pile up clients.
            za.gov.dpsa.isdip.support.TestUsers.runAs(za.gov.dpsa.isdip.support.TestUsers.user("dpsa.superadmin",
                    null, "dpsa-admin"), () -> clients.revoke(client.id()));
        }
    }

    /**
     * A department's system syncing a department of 100,000 cases (bench-100k of {@link CaseListBenchmark}, made
     * on first use): the first page, a filtered page, the changes of the last day, and pages deep into a full sync.
     */
    @Test
    void aDepartmentOf100000CasesIsReadPageByPage() throws Exception {
        ApiTestClients.useTheApplicationsSecurityContext(context);
        String setup = BenchData.prepareCaseDepartment(directory, onboarding, databases);
        ApiTestClients.Client client = ApiTestClients.forDepartment(clients, CaseListBenchmark.DEPARTMENT);
        za.gov.dpsa.isdip.support.TestUsers.runAs(za.gov.dpsa.isdip.support.TestUsers.user("dpsa.superadmin", null,
                "dpsa-admin"), () -> clients.limitRate(client.id(), ApiClients.MAX_RATE));
        try {
            Api api = new Api("http://localhost:" + port, ApiTestClients.token(client));
            HttpResponse<String> first = api.get("/api/v1/cases?size=1");
            ok(first);
            long total = ApiTestClients.json(first).get("totalItems").asLong();
            assertThat(total).isGreaterThanOrEqualTo(CaseListBenchmark.CASES);
            String dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString();

            BenchData.Report report = new BenchData.Report("ApiBenchmark100k", dataSource);
            report.line("Department %s: %,d cases (%s); one client, times at the client, HTTP over loopback",
                    CaseListBenchmark.DEPARTMENT, total, setup);
            report.line("rerun: ./mvnw test -Pbench -Dtest=ApiBenchmark");
            report.verdict("first page of 50, all cases", time(() -> ok(api.get("/api/v1/cases?size=50"))), 150);
            report.verdict("status IN_PROGRESS, priority HIGH", time(() -> ok(api.get(
                    "/api/v1/cases?status=IN_PROGRESS&priority=HIGH&size=50"))), 150);
            report.verdict("updatedSince a day ago", time(() -> ok(api.get(
                    "/api/v1/cases?updatedSince=" + dayAgo + "&size=50"))), 150);
            // A full sync: every case, 50 a page, following next from the first page to the last, each page timed.
            Api syncing = new Api("http://localhost:" + port, ApiTestClients.token(client));
            List<Long> pageNanos = new ArrayList<>();
            java.util.Set<String> references = new java.util.HashSet<>();
            String address = "/api/v1/cases?size=50";
            String toMiddle = null;
            String toLast = null;
            long syncStart = System.nanoTime();
            while (address != null) {
                long started = System.nanoTime();
                HttpResponse<String> response = syncing.get(address);
                pageNanos.add(System.nanoTime() - started);
                ok(response);
                tools.jackson.databind.JsonNode page = ApiTestClients.json(response);
                page.get("items").forEach(item -> references.add(item.get("reference").asString()));
                address = page.get("next").isNull() ? null : page.get("next").asString();
                if (address != null && page.get("page").asLong() == total / 50 / 2 - 1) {
                    toMiddle = address;
                }
                if (address != null && page.get("page").asLong() == (total - 1) / 50 - 1) {
                    toLast = address;
                }
            }
            double syncSeconds = (System.nanoTime() - syncStart) / 1e9;
            assertThat(references).as("every case read once").hasSize((int) total);
            // The first pages warm the path up (they are read, not counted in the percentiles).
            report.verdict("each page of a full sync, by next", new BenchData.Timing(WARM_UP,
                    pageNanos.stream().skip(WARM_UP).mapToLong(Long::longValue).toArray()), 150);
            report.line("    %-34s %8.1f s for %,d cases in %,d pages", "the whole full sync", syncSeconds, total,
                    pageNanos.size());

            Api deep = new Api("http://localhost:" + port, ApiTestClients.token(client));
            String middlePage = toMiddle;
            String lastPage = toLast;
            report.verdict("page " + total / 50 / 2 + " again, by next", time(() -> ok(deep.get(middlePage))), 150);
            report.verdict("last page again, by next", time(() -> ok(deep.get(lastPage))), 150);
            // By number a page may start within the first 10,000 cases (CasesApi.MAX_OFFSET); the deepest one.
            report.times("page 199 by number (offset 9,950)", time(() -> ok(deep.get(
                    "/api/v1/cases?size=50&page=199"))));
            report.finish();
        } finally {
            za.gov.dpsa.isdip.support.TestUsers.runAs(za.gov.dpsa.isdip.support.TestUsers.user("dpsa.superadmin",
                    null, "dpsa-admin"), () -> clients.revoke(client.id()));
        }
    }

    private static BenchData.Timing time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        return new BenchData.Timing(WARM_UP, nanos);
    }

    private static Object ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static Object created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
