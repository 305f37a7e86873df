package za.gov.dpsa.isdip.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Drops the test databases once per test JVM, before the first application context starts, so every run
 * begins from the department files alone. Only touches databases named after the test stem
 * ({@code isdiptest_*} unless ISDIP_TEST_DB names another).
 */
public class TestDatabaseReset implements EnvironmentPostProcessor, Ordered {

    private static boolean done;

    @Override
    public int getOrder() {
        // After EmbeddedServices chose the server, before RequiredSettings checks it.
        return Ordered.LOWEST_PRECEDENCE - 15;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("isdip.test.reset-databases", Boolean.class, false)) {
            return;
        }
        synchronized (TestDatabaseReset.class) {
            if (done) {
                return;
            }
            String stem = environment.getProperty("isdip.test.database-stem", "isdiptest");
            if (!stem.matches("[a-z0-9]+")) {
                throw new IllegalStateException("ISDIP_TEST_DB must be lower-case letters and digits: " + stem);
            }
            String url = environment.getProperty("spring.datasource.url");
            String serverUrl = url.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1");
            try (var connection = DriverManager.getConnection(serverUrl, environment.getProperty(
                    "spring.datasource.username"), environment.getProperty("spring.datasource.password", ""))) {
                dropDatabases(connection, stem);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reset the test databases at " + serverUrl, e);
            }
            done = true;
        }
    }

    /** Drops every database named {@code <stem>_...} on the connection's server. */
    public static void dropDatabases(java.sql.Connection connection, String stem) throws SQLException {
        try (var statement = connection.createStatement()) {
            List<String> databases = new ArrayList<>();
            try (var rows = statement.executeQuery("SHOW DATABASES LIKE '" + stem + "\\_%'")) {
                while (rows.next()) {
                    databases.add(rows.getString(1));
                }
            }
            for (String database : databases) {
                statement.execute("DROP DATABASE `" + database + "`");
            }
        }
    }
}
