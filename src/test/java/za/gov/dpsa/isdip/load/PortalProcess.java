package za.gov.dpsa.isdip.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import za.gov.dpsa.isdip.support.TestDatabaseReset;

/**
 * The production jar ({@code ./mvnw -Pproduction -DskipTests package}) running in a JVM of its own, as in
 * production: Vaadin in production mode, the local MariaDB with databases of its own (dropped first, so each run
 * starts from the same demo data), the test Keycloak. Gives what a load run needs to know of it: its CPU time, its
 * live heap and which classes hold it (after a full GC, through {@code jcmd}), and the errors it logged.
 */
public final class PortalProcess implements AutoCloseable {

    /** {@code -Disdip.portal.jar=...} runs another build (an older one, for figures before a change). */
    static final Path JAR = Path.of(System.getProperty("isdip.portal.jar", "target/isdip-portal-0.1.0-SNAPSHOT.jar"));
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    private final Process process;
    private final Path log;
    public final URI portal;
    final int managementPort;

    private PortalProcess(Process process, Path log, URI portal, int managementPort) {
        this.process = process;
        this.log = log;
        this.portal = portal;
        this.managementPort = managementPort;
    }

    /**
     * @param databases the stem of its databases ({@code <stem>_platform}, {@code <stem>_dept_<id>})
     * @param settings  more {@code --name=value} settings for the portal
     */
    public static PortalProcess start(int port, int managementPort, String databases, String heap, List<String> settings)
            throws IOException, InterruptedException {
        requireProductionJar();
        dropDatabases(databases);
        Path log = Path.of("target/load/portal-" + port + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseG1GC", "-Duser.timezone=Africa/Johannesburg", "-jar", JAR.toString(),
                "--spring.profiles.active=embedded", "--isdip.embedded.database=local-or-embedded",
                "--isdip.embedded.platform-database=" + databases + "_platform",
                "--isdip.database.department-prefix=" + databases + "_dept_",
                "--isdip.embedded.keycloak=false", "--isdip.oidc.issuer=http://localhost:18180/realms/isdip",
                "--server.port=" + port, "--management.server.port=" + managementPort));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PortalProcess portal = new PortalProcess(process, log, URI.create("http://localhost:" + port), managementPort);
        portal.awaitReady(Duration.ofMinutes(5));
        return portal;
    }

    /** A jar built in development mode would measure Vaadin's development overhead, not the portal. */
    private static void requireProductionJar() throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("No " + JAR + ": build it first with ./mvnw -Pproduction -DskipTests package");
        }
        try (JarFile jar = new JarFile(JAR.toFile())) {
            var entry = jar.getJarEntry("META-INF/VAADIN/config/flow-build-info.json");
            String info = entry == null ? "" : new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            if (!info.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(JAR + " is not a production build: ./mvnw -Pproduction -DskipTests package");
            }
        }
    }

    private static void dropDatabases(String stem) {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?useSSL=false"
                + "&allowPublicKeyRetrieval=true", "root", "")) {
            TestDatabaseReset.dropDatabases(connection, stem);
        } catch (SQLException e) {
            throw new IllegalStateException("The load run needs the MariaDB on 127.0.0.1:3306 (root, no password)", e);
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        URI readiness = URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The portal was not ready within " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** The portal JVM's CPU time so far (all threads). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Live objects by class after a full GC ({@code jcmd GC.class_histogram} collects first). Key "TOTAL" = all. */
    Map<String, long[]> liveHeap() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        histogram.waitFor(2, TimeUnit.MINUTES);
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher row = HISTOGRAM_LINE.matcher(line);
            if (row.find()) {
                byClass.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
            Matcher total = HISTOGRAM_TOTAL.matcher(line.trim());
            if (total.find()) {
                byClass.put("TOTAL", new long[] {Long.parseLong(total.group(1)), Long.parseLong(total.group(2))});
            }
        }
        if (!byClass.containsKey("TOTAL")) {
            throw new IllegalStateException("jcmd GC.class_histogram gave no total: " + output.lines().limit(5).toList());
        }
        return byClass;
    }

    /** Starts a Java Flight Recorder recording of the portal (profile settings) for {@code length}, into {@code file}. */
    void record(Duration length, Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "JFR.start", "name=load", "settings=profile",
                "duration=" + length.toSeconds() + "s", "filename=" + file.toAbsolutePath())
                .redirectErrorStream(true).start().waitFor(1, TimeUnit.MINUTES);
    }

    /** How many lines of the portal's log so far are errors (an official's failed request is logged as one). */
    public List<String> loggedErrors() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" ERROR ")).toList();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
