package za.gov.dpsa.isdip.platform.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import za.gov.dpsa.isdip.platform.SealedSecrets;

/**
 * Stops start-up, before anything else happens, when a production setting is missing or points nowhere.
 * Each check names the environment variable to fix; {@link PortalFailureAnalyzer} prints it without a stack trace.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

    /** Environment variable, and the property it feeds. */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("ISDIP_DB_URL", "spring.datasource.url");
        REQUIRED.put("ISDIP_DB_USER", "spring.datasource.username");
        REQUIRED.put("ISDIP_OIDC_ISSUER", "isdip.oidc.issuer");
        REQUIRED.put("ISDIP_OIDC_CLIENT_ID", "isdip.oidc.client-id");
        REQUIRED.put("ISDIP_OIDC_CLIENT_SECRET", "isdip.oidc.client-secret");
        REQUIRED.put("ISDIP_KEYCLOAK_ADMIN_CLIENT_ID", "isdip.keycloak-admin.client-id");
        REQUIRED.put("ISDIP_KEYCLOAK_ADMIN_CLIENT_SECRET", "isdip.keycloak-admin.client-secret");
        REQUIRED.put("ISDIP_SECRETS_KEY", "isdip.secrets.key");
    }

    @Override
    public int getOrder() {
        // After EmbeddedServices has supplied its settings.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        REQUIRED.forEach((variable, property) -> {
            String value = environment.getProperty(property);
            if (value == null || value.isBlank()) {
                throw new MisconfigurationException(variable, "is not set. The portal takes its production "
                        + "settings from environment variables; for a local run use ./mvnw spring-boot:run");
            }
        });
        String keyProblem = SealedSecrets.problemWith(environment.getProperty("isdip.secrets.key"));
        if (keyProblem != null) {
            throw new MisconfigurationException("ISDIP_SECRETS_KEY", keyProblem);
        }
        for (String previous : environment.getProperty("isdip.secrets.previous-keys", "").split(",")) {
            String previousProblem = previous.isBlank() ? null : SealedSecrets.problemWith(previous);
            if (previousProblem != null) {
                throw new MisconfigurationException("ISDIP_SECRETS_PREVIOUS_KEYS", "each key " + previousProblem);
            }
        }
        String url = environment.getProperty("spring.datasource.url");
        if (!url.startsWith("jdbc:mysql:")) {
            throw new MisconfigurationException("ISDIP_DB_URL", "must be a MySQL Connector/J URL (jdbc:mysql://host:3306/database), not '" + url + "'");
        }
        if (environment.getProperty("isdip.startup-checks.database", Boolean.class, true)) {
            checkDatabase(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password", ""));
        }
        if (environment.getProperty("isdip.oidc.discovery", Boolean.class, true)) {
            checkIssuer(environment.getProperty("isdip.oidc.issuer"));
        }
    }

    private static void checkDatabase(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "connectTimeout=5000", user, password)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new MisconfigurationException("ISDIP_DB_URL", "(with ISDIP_DB_USER and ISDIP_DB_PASSWORD) does not "
                    + "reach a database: " + e.getMessage());
        }
    }

    private static void checkIssuer(String issuer) {
        URI discovery;
        try {
            discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        } catch (IllegalArgumentException e) {
            throw new MisconfigurationException("ISDIP_OIDC_ISSUER", "is not a URL: '" + issuer + "'");
        }
        try {
            var response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new MisconfigurationException("ISDIP_OIDC_ISSUER", "answers " + response.statusCode()
                        + " at " + discovery + "; is the realm name right?");
            }
        } catch (IOException e) {
            throw new MisconfigurationException("ISDIP_OIDC_ISSUER", "cannot be reached at " + discovery + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MisconfigurationException("ISDIP_OIDC_ISSUER", "check was interrupted");
        }
    }
}
