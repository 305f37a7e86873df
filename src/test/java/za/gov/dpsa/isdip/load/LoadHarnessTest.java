package za.gov.dpsa.isdip.load;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.KeycloakTestServer;
import za.gov.dpsa.isdip.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load benchmark's harness keeps working: a handful of simulated officials run the whole journey through the
 * real Keycloak and the portal for half a minute without one error (the full benchmark is {@link LoadBenchmark},
 * not a timed test). And an open tab that only sends heartbeats does not keep a session alive for ever.
 * <p>
 * Same configuration as the browser tests (port 18080, the realm's redirect address). Its context is closed after
 * it: kept in the cache while the other modules' tests reset the databases under it, it would serve the browser
 * tests that come later with a registry and sessions it no longer matches.
 */
@Tag("browser")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18080")
class LoadHarnessTest {

    private static final URI PORTAL = URI.create("http://localhost:18080");

    @Autowired
    ServletWebServerApplicationContext context;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
        KeycloakTestServer.sendBackChannelLogoutTo(PORTAL + "/logout/connect/back-channel/keycloak");
    }

    @Autowired
    CaseService cases;

    @Test
    void aHandfulOfOfficialsCompleteTheirJourneysWithoutError() throws InterruptedException {
        List<LoadRun.Official> officials = LoadUsers.ensure(4);
        // The test databases start empty: two officials find a case in their team queue to take, the other two
        // find none and log one, so both ways into a case are exercised.
        for (String department : LoadUsers.DEPARTMENTS.subList(0, 2)) {
            TestUsers.runAs(TestUsers.user("seed.official", department, "dept-user"), () -> {
                for (int i = 1; i <= 2; i++) {
                    cases.create(new NewCase("Queue at the service point, day " + i, "Citizens waited over two hours.",
                            Mechanism.SERVICE_STANDARDS, null, null, CasePriority.MEDIUM, null));
                }
            });
        }
        Recorder recorder = new Recorder();

        // No ramp-up: what happens during a ramp-up is not recorded, and the sign-ins must be, however fast they are.
        LoadRun.run(PORTAL, officials, Duration.ofMillis(300), Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(30), recorder);

        System.out.print(recorder.table());
        assertThat(recorder.errors()).as("errors of simulated officials").isEmpty();
        assertThat(recorder.journeys()).as("rounds of work completed").isGreaterThanOrEqualTo(officials.size());
        // Sign-out comes after the run's end, so it is not timed; a failed sign-out is an error like any other.
        assertThat(recorder.samples()).extracting(Recorder.Sample::action)
                .contains("sign-in", "case list", "sort by due date", "open a case", "new case: save",
                        "comment: post", "reporting page", "standards dashboard");
        assertThat(recorder.roundTrips()).as("UI round trips carry the portal's own time (Server-Timing)")
                .allSatisfy(sample -> assertThat(sample.serverMillis()).isGreaterThanOrEqualTo(0));
    }

    /**
     * A tampered request (attack suite): a reporter, who may read cases but not log them, finds the hidden "Log a
     * case" button's node in what the server sent and clicks it, and every other hidden node, through Vaadin's own
     * protocol. The server ignores events for invisible components: the list stays, no case is logged.
     */
    @Test
    void clicksOnHiddenComponentsSentByHandChangeNothing() {
        LoadRun.Official reporter = LoadUsers.reporterOnly(LoadUsers.DEPARTMENTS.getFirst());
        long before = TestUsers.callAs(TestUsers.user("seed.official", LoadUsers.DEPARTMENTS.getFirst(), "dept-user"),
                () -> cases.count(za.gov.dpsa.isdip.cases.internal.CaseFilter.none()));
        VaadinTab tab = new VaadinTab(VaadinTab.sharedClient(), PORTAL, new Recorder());
        tab.signIn(reporter.username(), reporter.password());
        tab.navigate("case list", "cases");
        assertThat(tab.has("case-grid")).as("the reporter reads the case list").isTrue();
        List<Integer> hidden = tab.hiddenNodes();
        assertThat(hidden).as("hidden components on the page, the new-case button among them").isNotEmpty();

        for (int node : hidden) {
            tab.clickNode("tampered click", node);
        }

        assertThat(tab.has("case-grid")).as("still on the case list").isTrue();
        assertThat(tab.has("case-save")).as("the new-case form").isFalse();
        assertThat(TestUsers.callAs(TestUsers.user("seed.official", LoadUsers.DEPARTMENTS.getFirst(), "dept-user"),
                () -> cases.count(za.gov.dpsa.isdip.cases.internal.CaseFilter.none()))).isEqualTo(before);
        tab.navigate("new case form", "cases/new");
        assertThat(tab.has("case-save")).as("the new-case form by its address").isFalse();
        tab.signOut();
    }

    /**
     * A save whose answer is lost on a dropped link is sent again by the browser, unchanged: the portal answers it
     * from the first time and does not save a second case.
     */
    @Test
    void aSaveSentAgainAfterItsAnswerWasLostIsNotSavedTwice() {
        LoadRun.Official official = LoadUsers.ensure(7).get(6);
        String department = LoadUsers.DEPARTMENTS.get(6);
        var counter = TestUsers.user("seed.official", department, "dept-user");
        VaadinTab tab = new VaadinTab(VaadinTab.sharedClient(), PORTAL, new Recorder());
        tab.signIn(official.username(), official.password());
        tab.navigate("new case form", "cases/new");
        tab.type("new case: title", "case-title", "Queue at the licensing office, saved once");
        tab.type("new case: description", "case-description", "The answer to this save is lost on the way.");
        tab.choose("new case: category", "case-category", "1");
        long before = TestUsers.callAs(counter, () -> cases.count(za.gov.dpsa.isdip.cases.internal.CaseFilter.none()));

        List<String> answers = tab.clickWithLostAnswer("new case: save", "case-save");

        assertThat(answers.get(1)).as("the repeated message is answered from the first time, not run again")
                .isEqualTo(answers.get(0)).contains("case-heading");
        assertThat(TestUsers.callAs(counter, () -> cases.count(za.gov.dpsa.isdip.cases.internal.CaseFilter.none())))
                .as("cases after the save and its repetition").isEqualTo(before + 1);
        tab.signOut();
    }

    @Test
    void aTabThatOnlySendsHeartbeatsIsClosedOnceTheSessionTimesOut() throws InterruptedException {
        LoadRun.Official idle = LoadUsers.ensure(6).get(4);
        LoadRun.Official working = LoadUsers.ensure(6).get(5);
        VaadinTab idleTab = new VaadinTab(VaadinTab.sharedClient(), PORTAL, new Recorder());
        VaadinTab workingTab = new VaadinTab(VaadinTab.sharedClient(), PORTAL, new Recorder());
        idleTab.signIn(idle.username(), idle.password());
        workingTab.signIn(working.username(), working.password());
        idleTab.navigate("reporting page", "reporting");
        // The production timeout is 30 minutes; the same rule with 10 seconds, set as an operator would per session.
        // Heartbeats every 2 seconds keep the servlet container's session fresh: only the portal's rule can end it.
        shortenSessionTimeouts(10);
        boolean aliveBeforeTheTimeout = idleTab.uiAlive();

        for (int second = 0; second < 20; second += 2) {
            Thread.sleep(2000);
            idleTab.uiAlive();
            workingTab.navigate("case list", second % 4 == 0 ? "cases" : "reporting");
        }

        assertThat(aliveBeforeTheTimeout).as("the idle tab just after its last use").isTrue();
        assertThat(idleTab.uiAlive()).as("a tab left open, sending only heartbeats, after the session timeout").isFalse();
        assertThat(workingTab.uiAlive()).as("a tab in use").isTrue();
        workingTab.signOut();
    }

    private void shortenSessionTimeouts(int seconds) {
        Context portal = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        for (Session session : portal.getManager().findSessions()) {
            session.setMaxInactiveInterval(seconds);
        }
    }
}
