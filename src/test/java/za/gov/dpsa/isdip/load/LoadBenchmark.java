package za.gov.dpsa.isdip.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.support.KeycloakTestServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many officials one portal instance serves: the production jar in its own JVM (Vaadin in production mode), driven
 * by simulated officials speaking Vaadin's protocol (see {@link VaadinTab} and docs/load-testing.md for why a protocol
 * client and not a browser per official). For 25, 50, 100 and 200 officials at once it prints p50/p95/p99 of every
 * step (the time the official waited and the portal's share), throughput, errors, CPU; then the heap each signed-in
 * official holds after a full GC, with the classes that hold it; optionally the most officials one instance holds
 * under the p95 goal. Fails when a goal is missed or any journey errs.
 * <p>
 * {@code ./mvnw -Pproduction -DskipTests package && ./mvnw test -Pbench -Dtest=LoadBenchmark}; settings:
 * {@code -Disdip.load.levels=25,50,100,200}, {@code -Disdip.load.think=PT10S} (mean pause between an official's
 * steps), {@code -Disdip.load.duration=PT2M} (measured time per level), {@code -Disdip.load.heap-sessions=100},
 * {@code -Disdip.load.capacity=300,500,700,1000} (levels tried with {@code -Disdip.load.capacity-think=PT15S}).
 */
@Tag("bench")
class LoadBenchmark {

    static final int PORT = 18080;
    static final int MANAGEMENT_PORT = 19090;
    static final double GOAL_P95_MS = 100;
    static final int GOAL_OFFICIALS = 100;
    static final double GOAL_HEAP_KB = 150;
    static final int MIN_SAMPLES = 100;

    private final List<Integer> levels = integers(System.getProperty("isdip.load.levels", "25,50,100,200"));
    private final Duration think = Duration.parse(System.getProperty("isdip.load.think", "PT10S"));
    private final Duration duration = Duration.parse(System.getProperty("isdip.load.duration", "PT2M"));
    private final int heapSessions = Integer.getInteger("isdip.load.heap-sessions", 100);
    private final List<Integer> capacity = integers(System.getProperty("isdip.load.capacity", ""));
    private final Duration capacityThink = Duration.parse(System.getProperty("isdip.load.capacity-think", "PT15S"));
    /** {@code -Disdip.load.profile=100}: a flight recording of the portal during that level (target/load/*.jfr). */
    private final int profiledLevel = Integer.getInteger("isdip.load.profile", -1);
    private final StringBuilder report = new StringBuilder();
    private final List<String> missed = new ArrayList<>();

    /** One level's figures, for the summary. */
    record Level(int officials, Duration think, int samples, double p50, double p95, double p99, double serverP95,
                 double throughput, int rounds, int errors, double portalCores, double machineBusy, String load) {
    }

    @Test
    void officialsServedByOneInstance() throws Exception {
        KeycloakTestServer.start();
        URI portalAddress = URI.create("http://localhost:" + PORT);
        KeycloakTestServer.sendBackChannelLogoutTo(portalAddress + "/logout/connect/back-channel/keycloak");
        int most = Collections.max(concat(levels, List.of(heapSessions, 14), capacity));
        List<LoadRun.Official> officials = LoadUsers.ensure(most);
        line("LoadBenchmark results");
        line("=====================");
        line("Portal: the production jar (Vaadin production mode) in its own JVM, -Xmx1g, G1; local MariaDB; test "
                + "Keycloak on the same machine. Driver: %d-core machine shared by portal, driver, MariaDB and Keycloak.",
                Runtime.getRuntime().availableProcessors());
        line("Journey per official: sign in on Keycloak's page, then rounds of: case list, filter (my open cases), "
                + "sort by due date, open a case, comment, status change, reporting page, standards dashboard, home; "
                + "sign out at the end. Pause between steps: 50-150 %% of the mean think time.");
        line("Times in ms. client = what the official waited (HTTP round trip), srv = the portal's share "
                + "(Server-Timing). 'ALL UI ROUND TRIPS' excludes sign-in redirects and full page loads.");
        line("");
        // Every official takes one case from their team queue and keeps it: enough demo cases for the most officials.
        int casesPerDepartment = Math.max(300, most / LoadUsers.DEPARTMENTS.size() * 4);
        try (PortalProcess portal = PortalProcess.start(PORT, MANAGEMENT_PORT, "isdipload", "1g",
                List.of("--isdip.demo-data.cases-per-department=" + casesPerDepartment))) {
            warmUp(portal, officials.subList(0, 14));
            List<Level> results = new ArrayList<>();
            for (int level : levels) {
                results.add(level(portal, officials.subList(0, level), think, "level"));
            }
            heapPerOfficial(portal, officials.subList(0, heapSessions));
            List<Level> capacityResults = new ArrayList<>();
            for (int level : capacity) {
                Level result = level(portal, officials.subList(0, level), capacityThink, "capacity");
                capacityResults.add(result);
                if (result.p95() >= GOAL_P95_MS || result.errors() > 0) {
                    break;
                }
            }
            summary(results, capacityResults);
            List<String> portalErrors = portal.loggedErrors();
            line("Errors in the portal's log: %d%s", portalErrors.size(),
                    portalErrors.isEmpty() ? "" : " (first: " + portalErrors.getFirst() + ")");
            if (!portalErrors.isEmpty()) {
                missed.add("the portal logged " + portalErrors.size() + " errors");
            }
        } finally {
            write("LoadBenchmark");
        }
        assertThat(missed).as("goals missed (see target/bench/LoadBenchmark.txt)").isEmpty();
    }

    /**
     * Tabs left open: officials who signed in, worked a round, and then only let their tab's heartbeat run. With a
     * one-minute session timeout standing in for production's 30 minutes (the rule scales), the portal must close
     * every such session although the heartbeats go on, and give their memory back.
     */
    @Test
    void idleTabsKeepNoSessionsAlive() throws Exception {
        KeycloakTestServer.start();
        URI portalAddress = URI.create("http://localhost:" + PORT);
        KeycloakTestServer.sendBackChannelLogoutTo(portalAddress + "/logout/connect/back-channel/keycloak");
        List<LoadRun.Official> officials = LoadUsers.ensure(heapSessions);
        line("LoadBenchmark: idle tabs");
        line("========================");
        Duration heartbeat = Duration.ofSeconds(10);
        Duration idle = Duration.ofSeconds(150);
        try (PortalProcess portal = PortalProcess.start(PORT, MANAGEMENT_PORT, "isdipload", "1g",
                List.of("--server.servlet.session.timeout=1m", "--vaadin.heartbeatInterval=" + heartbeat.toSeconds()))) {
            Map<String, long[]> before = portal.liveHeap();
            List<VaadinTab> tabs = signedInAfterOneRound(portal, officials);
            String signedIn = sessionGauge();
            Map<String, long[]> working = portal.liveHeap();
            long until = System.nanoTime() + idle.toNanos();
            while (System.nanoTime() < until) {
                for (VaadinTab tab : tabs) {
                    tab.uiAlive();
                }
                Thread.sleep(heartbeat.toMillis());
            }
            long alive = tabs.stream().filter(VaadinTab::uiAlive).count();
            String after = sessionGauge();
            Map<String, long[]> idleHeap = portal.liveHeap();
            line("%d officials signed in and worked one round (%s; live heap %.1f MB, %.1f MB before anyone signed in)",
                    officials.size(), signedIn, working.get("TOTAL")[1] / 1048576.0, before.get("TOTAL")[1] / 1048576.0);
            line("Then only heartbeats, every %d s, for %d s, with a session timeout of 1 min (production: heartbeat 5 min, "
                    + "timeout 30 min): %d of %d tabs still alive, %s, live heap %.1f MB (%s)", heartbeat.toSeconds(),
                    idle.toSeconds(), alive, tabs.size(), after, idleHeap.get("TOTAL")[1] / 1048576.0, Machine.load());
            if (alive > 0) {
                missed.add(alive + " idle tabs kept their sessions alive through heartbeats");
            }
        } finally {
            write("LoadBenchmark-idle");
        }
        assertThat(missed).as("goals missed (see target/bench/LoadBenchmark-idle.txt)").isEmpty();
    }

    private static List<VaadinTab> signedInAfterOneRound(PortalProcess portal, List<LoadRun.Official> officials)
            throws Exception {
        HttpClient http = VaadinTab.sharedClient();
        Recorder recorder = new Recorder();
        List<VaadinTab> tabs = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (LoadRun.Official official : officials) {
                done.add(pool.submit(() -> {
                    VaadinTab tab = new VaadinTab(http, portal.portal, recorder);
                    OfficialJourney journey = new OfficialJourney(tab, official.username(), official.password(),
                            official.ordinal(), Duration.ZERO);
                    journey.signInToHome();
                    journey.workRound();
                    tabs.add(tab);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        return tabs;
    }

    /** The JIT and the portal's caches first: a few officials for a minute, not recorded. */
    private void warmUp(PortalProcess portal, List<LoadRun.Official> officials) throws InterruptedException {
        Recorder recorder = new Recorder();
        LoadRun.run(portal.portal, officials, Duration.ofMillis(500), Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(60), recorder);
        line("Warm-up: %d officials for 60 s, %d rounds, %d errors (not counted in the figures)", officials.size(),
                recorder.journeys(), recorder.errors().size());
        recorder.errors().stream().limit(5).forEach(e -> line("  warm-up error: %s", e));
        if (!recorder.errors().isEmpty()) {
            missed.add("warm-up had " + recorder.errors().size() + " errors");
        }
    }

    private Level level(PortalProcess portal, List<LoadRun.Official> officials, Duration pause, String kind)
            throws InterruptedException {
        Recorder recorder = new Recorder();
        Duration rampUp = Duration.ofMillis(Math.min(60_000, officials.size() * 100L));
        Duration settle = Duration.ofSeconds(20);
        String loadBefore = Machine.load();
        Duration[] cpu = new Duration[1];
        long[][] machine = new long[1][];
        // CPU is taken over the measured window only: a thread marks its start after the ramp-up and settling.
        Thread marker = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(rampUp.plus(settle).toMillis());
                cpu[0] = portal.cpuTime();
                machine[0] = Machine.cpuTicks();
                if (officials.size() == profiledLevel) {
                    portal.record(duration, Path.of("target/load/" + kind + "-" + officials.size() + ".jfr"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long measuredFrom = System.nanoTime() + rampUp.plus(settle).toNanos();
        LoadRun.run(portal.portal, officials, pause, rampUp, settle, duration, recorder);
        marker.join();
        double seconds = Math.min(duration.toNanos(), System.nanoTime() - measuredFrom) / 1e9;
        double portalCores = (portal.cpuTime().minus(cpu[0]).toNanos() / 1e9) / seconds;
        double busy = Machine.busyPercent(machine[0], Machine.cpuTicks());
        List<Recorder.Sample> trips = recorder.roundTrips();
        List<Double> client = trips.stream().map(Recorder.Sample::clientMillis).toList();
        List<Double> server = trips.stream().map(Recorder.Sample::serverMillis).toList();
        Level result = new Level(officials.size(), pause, trips.size(), Recorder.percentile(client, 50),
                Recorder.percentile(client, 95), Recorder.percentile(client, 99), Recorder.percentile(server, 95),
                trips.size() / seconds, recorder.journeys(), recorder.errors().size(), portalCores, busy,
                loadBefore + " -> " + Machine.load());
        line("%s: %d officials at once, think %s, measured %.0f s after %s ramp-up and %s settling (%s)", kind,
                officials.size(), pause, seconds, rampUp, settle, result.load());
        report.append(recorder.table());
        line("  throughput %.1f UI round trips/s, %d rounds completed, %d errors, portal CPU %.2f cores, machine busy "
                + "%.0f %%", result.throughput(), result.rounds(), result.errors(), portalCores, busy);
        recorder.errors().stream().limit(10).forEach(e -> line("  error: %s", e));
        line("");
        if (result.samples() < MIN_SAMPLES) {
            missed.add(kind + " " + officials.size() + ": only " + result.samples() + " round trips (fewer than "
                    + MIN_SAMPLES + "): lengthen -Disdip.load.duration");
        }
        if (result.errors() > 0) {
            missed.add(kind + " " + officials.size() + ": " + result.errors() + " journeys erred");
        }
        if ("level".equals(kind) && officials.size() == GOAL_OFFICIALS && result.p95() >= GOAL_P95_MS) {
            missed.add(String.format(Locale.ROOT, "p95 of a UI round trip at %d officials: %.1f ms, goal under %.0f ms",
                    GOAL_OFFICIALS, result.p95(), GOAL_P95_MS));
        }
        return result;
    }

    /**
     * Live heap after a full GC with no one signed in, then with {@code officials} signed in, each with one tab that
     * has done one round of work: the difference per official, and the classes that grew most.
     */
    private void heapPerOfficial(PortalProcess portal, List<LoadRun.Official> officials) throws Exception {
        Thread.sleep(5_000);
        Map<String, long[]> before = portal.liveHeap();
        List<VaadinTab> tabs = signedInAfterOneRound(portal, officials);
        String sessions = sessionGauge();
        Map<String, long[]> after = portal.liveHeap();
        double perOfficialKb = (after.get("TOTAL")[1] - before.get("TOTAL")[1]) / 1024.0 / officials.size();
        line("Heap: live heap after a full GC (jcmd GC.class_histogram) %.1f MB with no one signed in, %.1f MB with %d "
                        + "officials signed in (one tab each, one round of work done; %s): %.1f KB per official "
                        + "(goal under %.0f KB) (%s)", before.get("TOTAL")[1] / 1048576.0,
                after.get("TOTAL")[1] / 1048576.0, officials.size(), sessions, perOfficialKb, GOAL_HEAP_KB,
                Machine.load());
        line("  Largest growth per signed-in official, by class (bytes and objects per official):");
        after.entrySet().stream().filter(e -> !"TOTAL".equals(e.getKey()))
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(15)
                .forEach(e -> line("    %9.0f B %7.1f objects  %s", e.getValue()[1] / (double) officials.size(),
                        e.getValue()[0] / (double) officials.size(), e.getKey()));
        line("");
        if (perOfficialKb >= GOAL_HEAP_KB) {
            missed.add(String.format(Locale.ROOT, "heap per signed-in official %.1f KB, goal under %.0f KB",
                    perOfficialKb, GOAL_HEAP_KB));
        }
        for (VaadinTab tab : tabs) {
            tab.signOut();
        }
    }

    /** Signed-in sessions as the portal's own gauge counts them (Prometheus on the management port). */
    private static String sessionGauge() throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + MANAGEMENT_PORT + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        double total = metrics.lines().filter(l -> l.startsWith("isdip_sessions_active{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        return String.format(Locale.ROOT, "isdip_sessions_active %.0f", total);
    }

    private void summary(List<Level> results, List<Level> capacityResults) {
        line("Summary (UI round trips; client-side ms; %d-core machine shared with driver, MariaDB and Keycloak)",
                Runtime.getRuntime().availableProcessors());
        line("  %9s %6s %7s | %7s %7s %7s | %8s | %9s | %6s | %6s %6s | %s", "officials", "think", "samples", "p50",
                "p95", "p99", "srv p95", "trips/s", "errors", "portal", "busy", "load");
        for (Level level : concat(results, capacityResults)) {
            line("  %9d %6s %7d | %7.1f %7.1f %7.1f | %8.1f | %9.1f | %6d | %6.2f %5.0f%% | %s", level.officials(),
                    level.think().toSeconds() + "s", level.samples(), level.p50(), level.p95(), level.p99(),
                    level.serverP95(), level.throughput(), level.errors(), level.portalCores(), level.machineBusy(),
                    level.load());
        }
        capacityResults.stream().filter(l -> l.p95() < GOAL_P95_MS && l.errors() == 0)
                .mapToInt(Level::officials).max().ifPresent(most -> line("Most officials (think %s) with p95 under "
                        + "%.0f ms: %d (of the levels tried)", capacityThink, GOAL_P95_MS, most));
        line("");
    }

    private void line(String format, Object... arguments) {
        report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }

    private void write(String name) throws IOException {
        String all = report.toString();
        System.out.println(all);
        Path file = Path.of("target", "bench", name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, all);
    }

    private static List<Integer> integers(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
