package za.gov.dpsa.isdip.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution, fetched by Maven as an artifact, unpacked once and run as a child process
 * with the portal's realm imported: what Quarkus Dev Services does, for a Spring application. Ends with the JVM.
 */
public final class KeycloakServer {

    public static final String REALM = "isdip";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final Process process;

    private KeycloakServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** True when this server was started here (false when an already running one is reused). */
    public boolean startedHere() {
        return process != null;
    }

    public static String issuerFor(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** True when a Keycloak on that port already serves the portal's realm. */
    public static boolean serves(int port) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(issuerFor(port) + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts a process, or reuses a Keycloak already serving the realm on that port. Does not wait. */
    public static KeycloakServer launch(Path distributionZip, Path home, Path realmFile, int port) {
        if (serves(port)) {
            return new KeycloakServer(port, null);
        }
        try {
            unpack(distributionZip, home);
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            forgetRealmIfChanged(realmFile, home);
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            copyThemes(realmFile.resolveSibling("themes"), home.resolve("themes"));
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-host=127.0.0.1");
            // Keycloak 26 needs Java 21+: run it on the JDK that runs the portal.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx448m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.redirectErrorStream(true);
            builder.redirectOutput(home.resolveSibling(home.getFileName() + ".log").toFile());
            Process process = builder.start();
            KeycloakServer server = new KeycloakServer(port, process);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "keycloak-stop"));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started from " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * The portal's sign-in theme (deploy/keycloak/themes: Keycloak's pages in the portal's languages), copied into
     * the server's own themes folder, where Keycloak looks; a development server reads it afresh at each page.
     */
    static void copyThemes(Path themes, Path target) throws IOException {
        if (!Files.isDirectory(themes)) {
            return;
        }
        try (var files = Files.walk(themes)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(themes.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Waits until the realm answers, reporting progress every few seconds. */
    public KeycloakServer awaitReady(Consumer<String> progress) {
        long started = System.nanoTime();
        long lastReport = 0;
        while (!serves(port)) {
            long elapsed = (System.nanoTime() - started) / 1_000_000_000;
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + process.exitValue()
                        + "); see its log next to its folder");
            }
            if (elapsed > START_TIMEOUT.toSeconds()) {
                stop();
                throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT.toSeconds() + " s");
            }
            if (elapsed - lastReport >= 5) {
                lastReport = elapsed;
                progress.accept("Keycloak is starting on port " + port + " (" + elapsed + " s)...");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        progress.accept("Keycloak is ready at " + baseUrl() + " after "
                + (System.nanoTime() - started) / 1_000_000_000 + " s");
        return this;
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /**
     * Keycloak imports a realm only into an empty database: when the repository's realm file changed (a new client,
     * flow or demo user), the development database is started afresh so that the run has it.
     */
    private static void forgetRealmIfChanged(Path realmFile, Path home) throws IOException {
        Path marker = home.resolve("data/import/.imported-realm-sha256");
        String digest;
        try {
            digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(realmFile)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(digest)) {
            return;
        }
        deleteRecursively(home.resolve("data/h2"));
        Files.writeString(marker, digest);
    }

    /** Unpacks the distribution once; its top folder (keycloak-x.y.z) is dropped. */
    private static void unpack(Path zip, Path home) throws IOException {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IOException("The Keycloak distribution " + zip + " is missing; the Maven build fetches it "
                    + "(./mvnw generate-resources)");
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = partial.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Unsafe entry in the Keycloak distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, Set.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE));
                    }
                }
            }
        }
        deleteRecursively(home);
        Files.createDirectories(home.getParent());
        Files.move(partial, home);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The lines of Keycloak's log that say why it stopped, for error messages. */
    public static List<String> tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
