package za.gov.dpsa.isdip.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.ClientRepresentation;

import za.gov.dpsa.isdip.platform.embedded.KeycloakServer;

/**
 * The real Keycloak for the browser tests: the distribution Maven fetched, a fresh realm import, port 18180.
 * Started once per test JVM and stopped with it.
 */
public final class KeycloakTestServer {

    public static final int PORT = 18180;
    private static KeycloakServer server;

    private KeycloakTestServer() {
    }

    public static synchronized KeycloakServer start() {
        if (server == null) {
            Path home = Path.of("target/keycloak-test").toAbsolutePath();
            if (!KeycloakServer.serves(PORT)) {
                // A fresh database, so the realm is imported as the repository has it.
                deleteRecursively(home.resolve("data/h2"));
            }
            Path distribution = Path.of(System.getProperty("isdip.keycloak.distribution",
                    "target/keycloak/keycloak-dist.zip"));
            server = KeycloakServer.launch(distribution, home, Path.of("deploy/keycloak/isdip-realm.json"), PORT)
                    .awaitReady(System.out::println);
        }
        return server;
    }

    /** Keycloak's own administrator (the master realm's bootstrap account): what an operator does in the console. */
    public static Keycloak administrator() {
        return KeycloakBuilder.builder().serverUrl("http://localhost:" + PORT).realm("master")
                .clientId("admin-cli").username("admin").password("admin").build();
    }

    /**
     * Sends the portal client's back-channel logouts to the portal under test: the realm file names the developer's
     * portal (port 8080), and Keycloak's client settings take no placeholders.
     */
    public static void sendBackChannelLogoutTo(String url) {
        try (Keycloak admin = administrator()) {
            var clients = admin.realm(KeycloakServer.REALM).clients();
            ClientRepresentation portal = clients.findByClientId("isdip-portal").getFirst();
            if (!url.equals(portal.getAttributes().get("backchannel.logout.url"))) {
                portal.getAttributes().put("backchannel.logout.url", url);
                clients.get(portal.getId()).update(portal);
            }
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
