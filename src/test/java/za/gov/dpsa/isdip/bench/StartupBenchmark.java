package za.gov.dpsa.isdip.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

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
 * management port answers 200), and the time until every department is served. Goal: 150 departments served within
 * 15 s of start, with and without a pending changeset (the median of the timed starts; the table shows min and max).
 * <p>
 * Not part of the normal suite (tag {@code bench}). It starts its own portal instances (real web and management
 * servers on free ports), one after another, each closed after its measurement. Each size has databases of its own,
 * {@code isdipstart<N>_platform} and {@code isdipstart<N>_dept_bench_d001}..., kept between runs: the first start
 * of a size (its warm-up, not timed) onboards from generated department files whatever is not registered yet, so
 * the first run fills 207 databases and later runs start at once. A pending changeset is the test changelog
 * {@code bench/department-with-pending.yaml} (the real one plus a table {@code bench_pending_marker}); after each
 * such start the benchmark checks that every department ran it, then removes the table, its DATABASECHANGELOG row
 * and the checksum it left in the registry, so the next start migrates again.
 * <p>
 * Run it alone, {@code ./mvnw test -Pbench -Dtest=StartupBenchmark}, so its first start is the JVM's first Spring
 * context (cold); every later start in the JVM is warm. Figures also go to {@code target/bench/StartupBenchmark.txt}.
 */
@Tag("bench")
class StartupBenchmark {

    /** 150 first: on a rerun (databases filled) the JVM's cold start is then one with 150 departments. */
    static final int[] SIZES = {150, 50, 7};
    static final int TIMED_STARTS = 3;
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

    /** Whether a start of this class is the JVM's first Spring application (when run alone, as documented). */
    private static boolean contextStartedBefore;

    @TempDir
    Path tenantsRoot;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One start and what it took. Times in ms from just before {@code SpringApplication.run}. */
    record Start(int departments, boolean pending, String label, boolean firstInJvm, String load, long returnedMs,
                 long readyMs, long allServingMs, long refreshMs, long tenancyStartupMs,
                 Map<DepartmentStatus, Integer> atReady, String checksum) {
    }

    @Test
    void portalServes150DepartmentsWithin15SecondsWithAndWithoutAPendingChangeset() throws Exception {
        BenchData.Report report = new BenchData.Report("StartupBenchmark",
                new DriverManagerDataSource(SERVER_URL, "root", ""));
        report.line("per size: one warm-up start (fills what is missing; not timed), then %d timed starts with every "
                + "department current and %d with a changeset pending in every department", TIMED_STARTS,
                TIMED_STARTS);
        report.line("ready = SpringApplication.run returned and GET /actuator/health/readiness (management port) "
                + "answered 200; all served = every department SERVING (DepartmentAvailability.awaitMigrations); "
                + "load = /proc/loadavg (1, 5, 15 min) just before the start");
        report.line("");
        Map<String, List<Start>> timed = new LinkedHashMap<>();
        for (int size : SIZES) {
            Path tenants = writeDefinitions(size);
            int before = registered(size);
            Start warmUp = start(size, tenants, false, "warm-up", FILL_LIMIT);
            int after = registered(size);
            assertThat(after).as("departments registered in %s (the benchmark's own, no others)", platform(size))
                    .isEqualTo(size);
            report.line("%3d departments: %s", size, before == size ? "databases already filled"
                    : "filled now: " + (after - before) + " departments onboarded during the warm-up start");
            print(report, warmUp);
            // Leftovers of an interrupted run would let a "pending" start find its changeset already run.
            removePendingChangeset(size, warmUp.checksum());

            List<Start> current = new ArrayList<>();
            for (int n = 1; n <= TIMED_STARTS; n++) {
                Start start = start(size, tenants, false, "current #" + n, MIGRATION_LIMIT);
                assertThat(start.atReady().get(DepartmentStatus.SERVING)).as("served at once when current")
                        .isEqualTo(size);
                current.add(print(report, start));
            }
            List<Start> pending = new ArrayList<>();
            for (int n = 1; n <= TIMED_STARTS; n++) {
                Start start = start(size, tenants, true, "pending #" + n, MIGRATION_LIMIT);
                assertThat(start.checksum()).as("the pending changelog has a checksum of its own")
                        .isNotEqualTo(warmUp.checksum());
                assertThat(departmentsWithMarker(size)).as("departments that ran the pending changeset")
                        .isEqualTo(size);
                assertThat(departmentsStillLocked(size)).as("departments whose Liquibase changelog lock is still held")
                        .isEmpty();
                pending.add(print(report, start));
                removePendingChangeset(size, warmUp.checksum());
            }
            timed.put(size + "/current", current);
            timed.put(size + "/pending", pending);
            report.line("");
        }

        report.line("Summary (ms from start; min / median / max of %d timed starts; all starts after the first are "
                + "warm: same JVM, classes loaded and JIT-compiled)", TIMED_STARTS);
        report.line("  %-5s %-9s %-24s %-24s %-22s %s", "depts", "changeset", "ready (serving requests)",
                "all departments served", "TenancyStartup", "load (1 min) at each start");
        List<String> missed = new ArrayList<>();
        for (int size : Arrays.stream(SIZES).sorted().toArray()) {
            for (String kind : List.of("current", "pending")) {
                List<Start> starts = timed.get(size + "/" + kind);
                report.line("  %-5d %-9s %-24s %-24s %-22s %s", size, kind.equals("current") ? "none" : "pending",
                        minMedianMax(starts, Start::readyMs), minMedianMax(starts, Start::allServingMs),
                        minMedianMax(starts, Start::tenancyStartupMs),
                        starts.stream().map(s -> s.load().split(" ")[0]).toList());
                if (size == GOAL_DEPARTMENTS) {
                    long median = median(starts, Start::readyMs);
                    boolean met = median <= GOAL.toMillis();
                    report.line("        goal: serving within %d ms of start (median) -> %d ms, %s", GOAL.toMillis(),
                            median, met ? "MET" : "NOT MET");
                    if (!met) {
                        missed.add(size + " departments, changeset " + kind + ": median " + median + " ms");
                    }
                }
            }
        }
        report.write();
        assertThat(missed).as("starts with %d departments serving later than %s", GOAL_DEPARTMENTS, GOAL).isEmpty();
    }

    // ---- one start --------------------------------------------------------------------------------------------

    private Start start(int size, Path tenants, boolean pending, String label, Duration migrationLimit)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--isdip.test.reset-databases=false",
                "--isdip.embedded.platform-database=" + platform(size),
                "--isdip.database.department-prefix=" + STEM + size + "_dept_",
                "--isdip.tenants.location=" + tenants.toUri() + "*.yaml",
                // The warm-up fills and migrates before serving; a timed start waits for nothing, as in production.
                "--isdip.database.await-migrations-at-startup=" + (label.equals("warm-up") ? FILL_LIMIT : "PT0S"),
                // The database server is shared (151 connections): ten per instance is plenty here.
                "--spring.datasource.hikari.maximum-pool-size=10",
                // No demo data (the test profile's default, said here so a changed default cannot slip in).
                "--isdip.demo-data.cases-per-department=0",
                "--isdip.demo-data.reporting=false",
                "--isdip.demo-data.training=false",
                "--isdip.demo-data.advocacy=false",
                "--isdip.demo-data.alignment=false",
                "--isdip.demo-data.privacy=false",
                // No scheduled job fires during a measurement (they are not start-up work).
                "--isdip.reporting.jobs-cron=-",
                "--isdip.standards.action-reminders-cron=-",
                "--isdip.privacy.retention-cron=-",
                "--isdip.training.recount-cron=-",
                "--isdip.cases.sla-sweep-delay=P1D"));
        if (pending) {
            arguments.add("--isdip.database.department-changelog=" + PENDING_CHANGELOG);
        }
        boolean first = !contextStartedBefore;
        contextStartedBefore = true;
        BufferingApplicationStartup steps = new BufferingApplicationStartup(64);
        steps.addFilter(step -> step.getName().equals("spring.context.refresh") || isTenancyStartup(step));
        String load = loadAverage();
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IsdipPortalApplication.class)
                .profiles("test").applicationStartup(steps).run(arguments.toArray(String[]::new))) {
            long returned = System.nanoTime();
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .as("the benchmark needs the shared MariaDB on 127.0.0.1:3306 (its databases are kept there)")
                    .startsWith("jdbc:mysql://127.0.0.1:3306/" + platform(size));
            int port = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
            long ready = awaitReadiness(port);
            DepartmentAvailability availability = context.getBean(DepartmentAvailability.class);
            Map<DepartmentStatus, Integer> atReady = availability.counts();
            boolean migrated = availability.awaitMigrations(migrationLimit);
            long allServing = System.nanoTime();
            Map<DepartmentStatus, Integer> after = availability.counts();
            assertThat(migrated).as("migrations done within %s (%s)", migrationLimit, after).isTrue();
            assertThat(after.get(DepartmentStatus.SERVING)).as("departments served (%s)", after).isEqualTo(size);
            long refresh = 0;
            long tenancy = 0;
            for (StartupTimeline.TimelineEvent event : steps.getBufferedTimeline().getEvents()) {
                if (event.getStartupStep().getName().equals("spring.context.refresh")) {
                    refresh = event.getDuration().toMillis();
                } else {
                    tenancy = event.getDuration().toMillis();
                }
            }
            return new Start(size, pending, label, first, load, millis(returned - t0), millis(ready - t0),
                    millis(allServing - t0), refresh, tenancy, atReady,
                    context.getBean(DepartmentDatabases.class).changelogChecksum());
        }
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
    private long awaitReadiness(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READINESS_LIMIT.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static Start print(BenchData.Report report, Start start) {
        report.line("    %-11s ready %6d ms (run returned %6d, refresh %6d, TenancyStartup %5d)   all served %6d ms   "
                        + "at ready: %s   load %s%s", start.label(), start.readyMs(), start.returnedMs(),
                start.refreshMs(), start.tenancyStartupMs(), start.allServingMs(), start.atReady(), start.load(),
                start.firstInJvm() ? "   [first Spring context in this JVM: cold]" : "");
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
