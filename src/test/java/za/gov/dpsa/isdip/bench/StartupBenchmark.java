package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.tenancy.DepartmentAvailability;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentStatus;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Start-up with 7, 50 and 150 registered departments, each with every department current and with one changeset
 * pending in every department: the time until the portal serves (the context is up and the readiness probe on the
 * management port answers 200), and the time until every department is served. Goal: with 150 departments, serving
 * within 15 s of start, with and without a pending changeset (the median of the timed starts; min and max shown).
 * <p>
 * Two kinds of start. <b>In this JVM</b>: per size one warm-up start (not timed), then 3 timed starts each way; these
 * are warm (classes loaded, code compiled by the JIT), as a start in a test JVM is after its first context. <b>Own
 * JVM</b>: 3 starts each way with 150 departments (and 3 with 7, current) in a JVM launched for the one start, as a
 * pod starts in production: cold. The goal is checked on both.
 * <p>
 * Not part of the normal suite (tag {@code bench}). Each start is a real portal instance (web and management servers
 * on free ports), closed after its measurement. Each size has databases of its own, {@code isdipstart<N>_platform}
 * and {@code isdipstart<N>_dept_bench_d001}..., kept between runs: a size's warm-up start onboards from generated
 * department files whatever is not registered yet, so the first run fills 207 databases and later runs start at
 * once. A pending changeset is the test changelog {@code bench/department-with-pending.yaml} (the real one plus a
 * table {@code bench_pending_marker}); after each such start the benchmark checks that every department ran it and
 * that no department's Liquibase lock is left held, then removes the table, its DATABASECHANGELOG row and the
 * checksum it left in the registry, so the next start migrates again.
 * <p>
 * Run it alone: {@code ./mvnw test -Pbench -Dtest=StartupBenchmark}. Figures also go to
 * {@code target/bench/StartupBenchmark.txt}, each own-JVM start's log to {@code target/bench/startup-own-jvm/}.
 */
@Tag("bench")
class StartupBenchmark {

    /**
     * 150 first: on a rerun (databases filled) the test JVM's own first start is then one with 150 departments.
     * Another list with {@code -Disdip.bench.startup-sizes=150,7} (the goal is checked only when 150 is among them).
     */
    static final int[] SIZES = Arrays.stream(System.getProperty("isdip.bench.startup-sizes", "150,50,7").split(","))
            .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
    static final int TIMED_STARTS = 3;
    /** Starts in a JVM of their own, each way; 0 ({@code -Disdip.bench.own-jvm-starts=0}) leaves them out. */
    static final int OWN_JVM_STARTS = Integer.getInteger("isdip.bench.own-jvm-starts", 3);
    static final int GOAL_DEPARTMENTS = 150;
    static final Duration GOAL = Duration.ofSeconds(15);
    static final String STEM = "isdipstart";
    static final String SERVER_URL = "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true";
    static final String PENDING_CHANGELOG = "classpath:bench/department-with-pending.yaml";
    static final String MARKER_TABLE = "bench_pending_marker";
    static final String MARKER_ID = "bench-pending-marker";
    static final String MARKER_AUTHOR = "startup-benchmark";
    /** The fill (first run: Liquibase from scratch for every department) and migrations are waited for this long. */
    static final Duration FILL_LIMIT = Duration.ofMinutes(20);
    static final Duration MIGRATION_LIMIT = Duration.ofMinutes(10);
    static final Duration READINESS_LIMIT = Duration.ofMinutes(2);
    /** As production's pod (deploy/kubernetes/portal.yaml: 75% of 2 GiB) and this build's test JVM. */
    static final List<String> OWN_JVM_OPTIONS = List.of("-Xmx1536m", "-XX:+ExitOnOutOfMemoryError",
            "-Duser.timezone=Africa/Johannesburg");
    /** How an own-JVM start hands its figures back: one line on its standard output. */
    static final String FIGURES = "STARTUP-FIGURES ";
    static final String STEP = "STARTUP-STEP ";
    /**
     * {@code -Disdip.bench.startup-steps=true}: records every start-up step and prints each start's slowest, to find
     * what start-up spends its time on (recording costs a little time itself, so not for the figures).
     */
    static final boolean PROFILE_STEPS = Boolean.getBoolean("isdip.bench.startup-steps");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Whether a start in this JVM is its first Spring application (when the class is run alone, as documented). */
    private static boolean contextStartedBefore;

    @TempDir
    Path tenantsRoot;

    /**
     * One start and what it took, in ms from just before {@code SpringApplication.run}; {@code launchToReadyMs} from
     * launching the JVM (own-JVM starts only, else -1). CPU is the whole JVM's (all threads) until ready.
     */
    record Start(String label, boolean firstInJvm, String load, long returnedMs, long readyMs, long allServingMs,
                 long refreshMs, long tenancyStartupMs, long cpuToReadyMs, long gcToReadyMs, long launchToReadyMs,
                 Map<DepartmentStatus, Integer> atReady, String checksum, List<String> slowestSteps) {

        Start withLoad(String load) {
            return new Start(label, firstInJvm, load, returnedMs, readyMs, allServingMs, refreshMs, tenancyStartupMs,
                    cpuToReadyMs, gcToReadyMs, launchToReadyMs, atReady, checksum, slowestSteps);
        }
    }

    /** The figures of one kind of start (size, changeset, where), for the summary. */
    record Row(int departments, boolean pending, boolean ownJvm, List<Start> starts) {
    }

    @Test
    void portalServes150DepartmentsWithin15SecondsWithAndWithoutAPendingChangeset() throws Exception {
        BenchData.Report report = new BenchData.Report("StartupBenchmark",
                new DriverManagerDataSource(SERVER_URL, "root", ""));
        report.line("ready = SpringApplication.run returned and GET /actuator/health/readiness (management port) "
                + "answered 200; all served = every department SERVING (DepartmentAvailability.awaitMigrations); "
                + "load = /proc/loadavg (1, 5, 15 min) just before the start; CPU = the JVM's CPU time until ready");
        report.line("");
        report.line("In this JVM: per size one warm-up start (fills what is missing; not timed), then %d timed starts "
                + "with every department current and %d with a changeset pending in every department", TIMED_STARTS,
                TIMED_STARTS);
        List<Row> rows = new ArrayList<>();
        Map<Integer, Path> tenantsBySize = new LinkedHashMap<>();
        Map<Integer, String> currentChecksums = new HashMap<>();
        for (int size : SIZES) {
            Path tenants = writeDefinitions(size);
            tenantsBySize.put(size, tenants);
            int before = registered(size);
            Start warmUp = inThisJvm(size, tenants, false, "warm-up", FILL_LIMIT);
            int after = registered(size);
            assertThat(after).as("departments registered in %s (the benchmark's own, no others)", platform(size))
                    .isEqualTo(size);
            currentChecksums.put(size, warmUp.checksum());
            report.line("%3d departments: %s", size, before == size ? "databases already filled"
                    : "filled now: " + (after - before) + " departments onboarded during the warm-up start");
            print(report, warmUp);
            // Leftovers of an interrupted run would let a "pending" start find its changeset already run.
            removePendingChangeset(size, warmUp.checksum());
            for (boolean pending : List.of(false, true)) {
                List<Start> starts = new ArrayList<>();
                for (int n = 1; n <= TIMED_STARTS; n++) {
                    String label = (pending ? "pending #" : "current #") + n;
                    Start start = inThisJvm(size, tenants, pending, label, MIGRATION_LIMIT);
                    checkAndUndo(size, pending, start, warmUp.checksum());
                    starts.add(print(report, start));
                }
                rows.add(new Row(size, pending, false, starts));
            }
            report.line("");
        }

        if (OWN_JVM_STARTS > 0) {
            report.line("Own JVM: each start in a JVM launched for it (%s), cold, as a pod starts; ready from "
                    + "SpringApplication.run, and from launching the JVM", String.join(" ", OWN_JVM_OPTIONS));
            for (int size : SIZES) {
                if (size != GOAL_DEPARTMENTS && size != 7) {
                    continue;
                }
                for (boolean pending : size == GOAL_DEPARTMENTS ? List.of(false, true) : List.of(false)) {
                    List<Start> starts = new ArrayList<>();
                    for (int n = 1; n <= OWN_JVM_STARTS; n++) {
                        String label = (pending ? "pending #" : "current #") + n;
                        Start start = inOwnJvm(size, tenantsBySize.get(size), pending, label);
                        checkAndUndo(size, pending, start, currentChecksums.get(size));
                        report.line("%3d departments", size);
                        starts.add(print(report, start));
                    }
                    rows.add(new Row(size, pending, true, starts));
                }
            }
            report.line("");
        }

        List<String> missed = summary(report, rows);
        report.finish();
        assertThat(missed).as("starts with %d departments serving later than %s", GOAL_DEPARTMENTS, GOAL).isEmpty();
    }

    /** The table, and the goal's verdicts; returns the kinds of start that missed it. */
    private static List<String> summary(BenchData.Report report, List<Row> rows) {
        report.line("Summary (ms from SpringApplication.run; min / median / max of the timed starts)");
        report.line("  %-5s %-9s %-8s %-22s %-22s %-22s %-18s %s", "depts", "changeset", "JVM", "ready (serving)",
                "all departments served", "ready from JVM launch", "TenancyStartup", "load (1 min) at each start");
        List<String> missed = new ArrayList<>();
        rows.sort((a, b) -> a.ownJvm() != b.ownJvm() ? Boolean.compare(a.ownJvm(), b.ownJvm())
                : a.departments() != b.departments() ? Integer.compare(a.departments(), b.departments())
                : Boolean.compare(a.pending(), b.pending()));
        for (Row row : rows) {
            List<Start> starts = row.starts();
            report.line("  %-5d %-9s %-8s %-22s %-22s %-22s %-18s %s", row.departments(),
                    row.pending() ? "pending" : "none", row.ownJvm() ? "own" : "this",
                    minMedianMax(starts, Start::readyMs), minMedianMax(starts, Start::allServingMs),
                    row.ownJvm() ? minMedianMax(starts, Start::launchToReadyMs) : "-",
                    minMedianMax(starts, Start::tenancyStartupMs),
                    starts.stream().map(s -> s.load().split(" ")[0]).toList());
            if (row.departments() == GOAL_DEPARTMENTS) {
                long median = median(starts, Start::readyMs);
                boolean met = median <= GOAL.toMillis();
                report.line("        goal: serving within %d ms of start (median) -> %d ms, %s", GOAL.toMillis(),
                        median, met ? "MET" : "NOT MET");
                if (!met) {
                    missed.add(row.departments() + " departments, changeset " + (row.pending() ? "pending" : "none")
                            + ", " + (row.ownJvm() ? "own" : "this") + " JVM: median " + median + " ms");
                }
            }
        }
        if (Arrays.stream(SIZES).noneMatch(size -> size == GOAL_DEPARTMENTS)) {
            report.line("goal not checked: %d departments are not among the sizes measured", GOAL_DEPARTMENTS);
        }
        return missed;
    }

    /**
     * After a pending start: every department ran the changeset and holds no Liquibase lock; then the changeset is
     * undone so the next pending start runs it again.
     */
    private static void checkAndUndo(int size, boolean pending, Start start, String currentChecksum)
            throws SQLException {
        if (!pending) {
            assertThat(start.atReady().get(DepartmentStatus.SERVING)).as("served at once when current")
                    .isEqualTo(size);
            return;
        }
        assertThat(start.checksum()).as("the pending changelog has a checksum of its own")
                .isNotEqualTo(currentChecksum);
        assertThat(departmentsWithMarker(size)).as("departments that ran the pending changeset").isEqualTo(size);
        assertThat(departmentsStillLocked(size)).as("departments whose Liquibase changelog lock is still held")
                .isEmpty();
        removePendingChangeset(size, currentChecksum);
    }

    // ---- one start --------------------------------------------------------------------------------------------

    private static List<String> arguments(int size, Path tenants, boolean pending, boolean fill) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--isdip.test.reset-databases=false",
                "--isdip.embedded.platform-database=" + platform(size),
                "--isdip.database.department-prefix=" + STEM + size + "_dept_",
                "--isdip.tenants.location=" + tenants.toUri() + "*.yaml",
                // The warm-up fills and migrates before serving; a timed start waits for nothing, as in production.
                "--isdip.database.await-migrations-at-startup=" + (fill ? FILL_LIMIT : "PT0S"),
                // The database server is shared (151 connections): ten per instance is plenty here.
                "--spring.datasource.hikari.maximum-pool-size=10",
                // No demo data (the test profile's default, said here so a changed default cannot slip in).
                "--isdip.demo-data.cases-per-department=0",
                "--isdip.demo-data.reporting=false",
                "--isdip.demo-data.training=false",
                "--isdip.demo-data.advocacy=false",
                "--isdip.demo-data.alignment=false",
                "--isdip.demo-data.privacy=false"));
        // No scheduled job fires during a measurement (they are not start-up work).
        arguments.addAll(za.gov.dpsa.isdip.support.PortalInstances.WITHOUT_TIMERS);
        if (pending) {
            arguments.add("--isdip.database.department-changelog=" + PENDING_CHANGELOG);
        }
        return arguments;
    }

    private static Start inThisJvm(int size, Path tenants, boolean pending, String label, Duration migrationLimit)
            throws Exception {
        boolean first = !contextStartedBefore;
        contextStartedBefore = true;
        String load = loadAverage();
        return measure(arguments(size, tenants, pending, label.equals("warm-up")), size, label, first,
                migrationLimit).withLoad(load);
    }

    /** Starts the portal, waits until it serves and every department is served, and closes it again. */
    static Start measure(List<String> arguments, int size, String label, boolean first, Duration migrationLimit)
            throws Exception {
        BufferingApplicationStartup steps = new BufferingApplicationStartup(PROFILE_STEPS ? 50_000 : 64);
        if (!PROFILE_STEPS) {
            steps.addFilter(step -> step.getName().equals("spring.context.refresh") || isTenancyStartup(step));
        }
        long cpu0 = processCpuNanos();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IsdipPortalApplication.class)
                .profiles("test").applicationStartup(steps).run(arguments.toArray(String[]::new))) {
            long returned = System.nanoTime();
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .as("the benchmark needs the shared MariaDB on 127.0.0.1:3306 (its databases are kept there)")
                    .startsWith("jdbc:mysql://127.0.0.1:3306/" + platform(size));
            int port = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
            long ready = awaitReadiness(port);
            long cpu = processCpuNanos() - cpu0;
            long gc = gcMillis() - gc0;
            DepartmentAvailability availability = context.getBean(DepartmentAvailability.class);
            Map<DepartmentStatus, Integer> atReady = availability.counts();
            boolean migrated = availability.awaitMigrations(migrationLimit);
            long allServing = System.nanoTime();
            Map<DepartmentStatus, Integer> after = availability.counts();
            assertThat(migrated).as("migrations done within %s (%s)", migrationLimit, after).isTrue();
            assertThat(after.get(DepartmentStatus.SERVING)).as("departments served (%s)", after).isEqualTo(size);
            List<StartupTimeline.TimelineEvent> events = steps.getBufferedTimeline().getEvents();
            long refresh = events.stream().filter(e -> e.getStartupStep().getName().equals("spring.context.refresh"))
                    .mapToLong(e -> e.getDuration().toMillis()).sum();
            long tenancy = events.stream().filter(e -> isTenancyStartup(e.getStartupStep()))
                    .mapToLong(e -> e.getDuration().toMillis()).sum();
            return new Start(label, first, "", millis(returned - t0), millis(ready - t0), millis(allServing - t0),
                    refresh, tenancy, millis(cpu), gc, -1, atReady,
                    context.getBean(DepartmentDatabases.class).changelogChecksum(),
                    PROFILE_STEPS ? slowestSteps(events) : List.of());
        }
    }

    /**
     * One start in a JVM launched for it ({@link OwnJvmStart}), with this JVM's class path; its output goes to
     * {@code target/bench/startup-own-jvm/}, its figures come back on one line.
     */
    private static Start inOwnJvm(int size, Path tenants, boolean pending, String label) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "bench", "startup-own-jvm"))
                .resolve(size + "-" + label.replace(" #", "-") + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(OWN_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Disdip.bench.startup-steps=" + PROFILE_STEPS,
                OwnJvmStart.class.getName(), Integer.toString(size), label));
        command.addAll(arguments(size, tenants, pending, false));
        String load = loadAverage();
        long launched = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(MIGRATION_LIMIT.plus(READINESS_LIMIT).toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the own-JVM start did not end; see " + log);
        }
        assertThat(process.exitValue()).as("exit of the own-JVM start; see %s", log).isZero();
        List<String> lines = Files.readAllLines(log);
        Map<String, String> figures = new HashMap<>();
        lines.stream().filter(line -> line.startsWith(FIGURES)).reduce((a, b) -> b).ifPresent(line -> {
            for (String field : line.substring(FIGURES.length()).split(" ")) {
                String[] pair = field.split("=", 2);
                figures.put(pair[0], pair[1]);
            }
        });
        assertThat(figures).as("figures of the own-JVM start; see %s", log).containsKey("ready");
        Map<DepartmentStatus, Integer> atReady = new EnumMap<>(DepartmentStatus.class);
        for (DepartmentStatus status : DepartmentStatus.values()) {
            atReady.put(status, Integer.valueOf(figures.get(status.name())));
        }
        return new Start(label, true, load, number(figures, "returned"), number(figures, "ready"),
                number(figures, "allServed"), number(figures, "refresh"), number(figures, "tenancyStartup"),
                number(figures, "cpu"), number(figures, "gc"),
                number(figures, "runStartedAt") + number(figures, "ready") - launched, atReady,
                figures.get("checksum"), lines.stream().filter(line -> line.startsWith(STEP))
                .map(line -> line.substring(STEP.length())).toList());
    }

    private static long number(Map<String, String> figures, String key) {
        return Long.parseLong(figures.get(key));
    }

    /** The portal's start in a JVM of its own: arguments are the size, the label, then the portal's arguments. */
    static final class OwnJvmStart {

        private OwnJvmStart() {
        }

        public static void main(String[] args) throws Exception {
            int size = Integer.parseInt(args[0]);
            long runStartedAt = System.currentTimeMillis();
            Start start = measure(List.of(args).subList(2, args.length), size, args[1], true, MIGRATION_LIMIT);
            StringBuilder line = new StringBuilder(FIGURES)
                    .append("returned=").append(start.returnedMs())
                    .append(" ready=").append(start.readyMs())
                    .append(" allServed=").append(start.allServingMs())
                    .append(" refresh=").append(start.refreshMs())
                    .append(" tenancyStartup=").append(start.tenancyStartupMs())
                    .append(" cpu=").append(start.cpuToReadyMs())
                    .append(" gc=").append(start.gcToReadyMs())
                    .append(" runStartedAt=").append(runStartedAt)
                    .append(" checksum=").append(start.checksum());
            start.atReady().forEach((status, count) -> line.append(' ').append(status.name()).append('=')
                    .append(count));
            start.slowestSteps().forEach(step -> System.out.println(STEP + step));
            System.out.println(line);
            System.exit(0);
        }
    }

    /** The steps that took longest themselves (without their nested steps), for {@link #PROFILE_STEPS}. */
    private static List<String> slowestSteps(List<StartupTimeline.TimelineEvent> events) {
        Map<Long, Long> nestedNanos = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                nestedNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        return events.stream()
                .map(e -> Map.entry(e.getDuration().toNanos()
                        - nestedNanos.getOrDefault(e.getStartupStep().getId(), 0L), e.getStartupStep()))
                .sorted(Map.Entry.<Long, StartupStep>comparingByKey().reversed())
                .limit(12)
                .map(e -> String.format(Locale.ROOT, "%6d ms %s %s", e.getKey() / 1_000_000, e.getValue().getName(),
                        StreamSupport.stream(e.getValue().getTags().spliterator(), false)
                                .map(t -> t.getKey() + "=" + t.getValue()).toList()))
                .toList();
    }

    /** TenancyStartup's part of the refresh: reading the registry, routing or queueing each department. */
    private static boolean isTenancyStartup(StartupStep step) {
        if (!step.getName().equals("spring.beans.smart-initialize")) {
            return false;
        }
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName") && tag.getValue().equals("tenancyStartup")) {
                return true;
            }
        }
        return false;
    }

    /** Polls the readiness probe until it answers 200; returns the {@code System.nanoTime()} it did. */
    private static long awaitReadiness(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READINESS_LIMIT.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("readiness did not answer 200 within " + READINESS_LIMIT + " (last " + status + ")");
    }

    // ---- the databases ----------------------------------------------------------------------------------------

    private static String platform(int size) {
        return STEM + size + "_platform";
    }

    /** The department files of bench-d001... bench-dN, as tenants/ would hold them. */
    private Path writeDefinitions(int size) throws IOException {
        Path folder = Files.createDirectories(tenantsRoot.resolve("tenants-" + size));
        for (int n = 1; n <= size; n++) {
            DepartmentDefinition definition = BenchData.benchDepartment(n);
            StringBuilder yaml = new StringBuilder()
                    .append("id: ").append(definition.id()).append('\n')
                    .append("name: ").append(quoted(definition.name())).append('\n')
                    .append("shortCode: ").append(definition.shortCode()).append('\n')
                    .append("sphere: ").append(definition.sphere().name().toLowerCase(Locale.ROOT)).append('\n');
            if (definition.province() != null) {
                yaml.append("province: ").append(quoted(definition.province().displayName())).append('\n');
            }
            Files.writeString(folder.resolve(definition.id() + ".yaml"), yaml);
        }
        return folder;
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection(SERVER_URL, "root", "");
    }

    /** Departments in the size's registry; 0 before its platform database exists. */
    private static int registered(int size) throws SQLException {
        try (Connection connection = server();
             PreparedStatement exists = connection.prepareStatement("select count(*) from information_schema.tables "
                     + "where table_schema = ? and table_name = 'department'")) {
            exists.setString(1, platform(size));
            if (count(exists) == 0) {
                return 0;
            }
            try (PreparedStatement departments = connection.prepareStatement("select count(*) from `"
                    + platform(size) + "`.department")) {
                return count(departments);
            }
        }
    }

    private static List<String> departmentDatabases(Connection connection, int size) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show databases like '" + STEM + size + "\\_dept\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static int departmentsWithMarker(int size) throws SQLException {
        try (Connection connection = server();
             PreparedStatement marker = connection.prepareStatement("select count(*) from information_schema.tables "
                     + "where table_name = ? and table_schema like ?")) {
            marker.setString(1, MARKER_TABLE);
            marker.setString(2, STEM + size + "\\_dept\\_%");
            return count(marker);
        }
    }

    private static List<String> departmentsStillLocked(int size) throws SQLException {
        List<String> locked = new ArrayList<>();
        try (Connection connection = server(); Statement statement = connection.createStatement()) {
            for (String database : departmentDatabases(connection, size)) {
                try (ResultSet rows = statement.executeQuery("select count(*) from `" + database
                        + "`.DATABASECHANGELOGLOCK where LOCKED = 1")) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        locked.add(database);
                    }
                }
            }
        }
        return locked;
    }

    /**
     * Undoes the pending changeset in every department of the size (its table and its DATABASECHANGELOG row) and
     * gives the registry back the checksum of the real changelog, as if the pending start had never been.
     */
    private static void removePendingChangeset(int size, String currentChecksum) throws SQLException {
        try (Connection connection = server(); Statement statement = connection.createStatement()) {
            for (String database : departmentDatabases(connection, size)) {
                // The names come from SHOW DATABASES under the benchmark's own stem.
                statement.execute("drop table if exists `" + database + "`." + MARKER_TABLE);
                try (PreparedStatement row = connection.prepareStatement("delete from `" + database
                        + "`.DATABASECHANGELOG where ID = ? and AUTHOR = ?")) {
                    row.setString(1, MARKER_ID);
                    row.setString(2, MARKER_AUTHOR);
                    row.executeUpdate();
                }
            }
            try (PreparedStatement checksum = connection.prepareStatement("update `" + platform(size)
                    + "`.department set schema_checksum = ? where schema_checksum <> ?")) {
                checksum.setString(1, currentChecksum);
                checksum.setString(2, currentChecksum);
                checksum.executeUpdate();
            }
        }
    }

    private static int count(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    // ---- figures ----------------------------------------------------------------------------------------------

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "? ? ?";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static Start print(BenchData.Report report, Start start) {
        report.line("    %-11s ready %6d ms (run returned %6d, refresh %6d, TenancyStartup %5d; CPU %6d ms, "
                        + "GC %4d ms)%s   all served %6d ms   at ready: %s   load %s%s", start.label(), start.readyMs(),
                start.returnedMs(), start.refreshMs(), start.tenancyStartupMs(), start.cpuToReadyMs(),
                start.gcToReadyMs(), start.launchToReadyMs() < 0 ? ""
                        : String.format(Locale.ROOT, "; from JVM launch %6d ms", start.launchToReadyMs()),
                start.allServingMs(), start.atReady(), start.load(),
                start.launchToReadyMs() >= 0 ? "   [own JVM: cold]"
                        : start.firstInJvm() ? "   [first Spring context in this JVM: cold]" : "");
        start.slowestSteps().forEach(step -> report.line("                %s", step));
        return start;
    }

    private static long median(List<Start> starts, ToLongFunction<Start> figure) {
        long[] sorted = starts.stream().mapToLong(figure).sorted().toArray();
        return sorted[(sorted.length - 1) / 2];
    }

    private static String minMedianMax(List<Start> starts, ToLongFunction<Start> figure) {
        long[] sorted = starts.stream().mapToLong(figure).sorted().toArray();
        return String.format(Locale.ROOT, "%d / %d / %d", sorted[0], median(starts, figure),
                sorted[sorted.length - 1]);
    }
}
