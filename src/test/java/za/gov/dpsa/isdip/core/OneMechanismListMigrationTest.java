package za.gov.dpsa.isdip.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;

import liquibase.integration.spring.SpringLiquibase;

/**
 * Values stored under the modules' former mechanism lists are converted to the one {@link Mechanism} list by the
 * changelogs, in the platform's and a department's database, and nothing they carried is lost. Each database is
 * migrated, given rows as the former release wrote them, and migrated again with the vocabulary changesets undone.
 */
@SpringBootTest
@ActiveProfiles("test")
class OneMechanismListMigrationTest {

    @Autowired
    ResourceLoader resourceLoader;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password:}")
    String password;
    @Value("${isdip.test.database-stem:isdiptest}")
    String stem;

    @Test
    void aDepartmentsCasesAndResourcesNameMechanismsOfTheOneList() throws Exception {
        try (Connection db = scratch("vocabdept", "classpath:db/department/changelog.yaml")) {
            long omfCase = insert(db, "support_case", Map.of("category", "OMF_PROCESSES_SOPS"));
            long charterCase = insert(db, "support_case", Map.of("category", "SERVICE_CHARTER"));
            long toolkit = insert(db, "advocacy_resource", Map.of("mechanisms", "BPM_SOPS,OMF"));
            long video = insert(db, "advocacy_resource", Map.of("mechanisms", "BATHO_PELE"));

            migrateAgain(db, "db/department/changelog.yaml", "department-cases-005-one-mechanism-list",
                    "department-advocacy-003-one-mechanism-list");

            assertThat(value(db, "support_case", "category", omfCase)).isEqualTo(Mechanism.OMF.name());
            assertThat(value(db, "support_case", "category", charterCase)).isEqualTo(Mechanism.SERVICE_CHARTER.name());
            assertThat(List.of(value(db, "advocacy_resource", "mechanisms", toolkit).split(",")))
                    .containsExactlyInAnyOrder("BUSINESS_PROCESS_MAPPING", "SOPS", "OMF");
            assertThat(value(db, "advocacy_resource", "mechanisms", video)).isEqualTo("BATHO_PELE");
            for (String stored : List.of(value(db, "support_case", "category", omfCase),
                    value(db, "advocacy_resource", "mechanisms", toolkit))) {
                for (String name : stored.split(",")) {
                    assertThat(Mechanism.valueOf(name)).as(name + " is a mechanism of the one list").isNotNull();
                }
            }
            drop(db);
        }
    }

    @Test
    void thePlatformsRequirementsEscalationsAndResourcesNameMechanismsOfTheOneList() throws Exception {
        try (Connection db = scratch("vocabplatform", "classpath:db/platform/changelog.yaml")) {
            long requirement = insert(db, "mechanism_requirement", Map.of("mechanism", "COMPLAINTS", "code", "CCM-9"));
            long escalation = insert(db, "escalation", Map.of("category", "OMF_PROCESSES_SOPS"));
            long resource = insert(db, "advocacy_resource", Map.of("mechanisms", "COMPLAINTS_MANAGEMENT,BPM_SOPS"));

            migrateAgain(db, "db/platform/changelog.yaml", "platform-standards-002-one-mechanism-list",
                    "platform-cases-002-one-mechanism-list", "platform-advocacy-003-one-mechanism-list");

            assertThat(value(db, "mechanism_requirement", "mechanism", requirement))
                    .isEqualTo(Mechanism.COMPLAINTS_MANAGEMENT.name());
            assertThat(value(db, "escalation", "category", escalation)).isEqualTo(Mechanism.OMF.name());
            assertThat(List.of(value(db, "advocacy_resource", "mechanisms", resource).split(",")))
                    .containsExactlyInAnyOrder("COMPLAINTS_MANAGEMENT", "BUSINESS_PROCESS_MAPPING", "SOPS");
            drop(db);
        }
    }

    /** A new database with the whole changelog applied. */
    private Connection scratch(String name, String changelog) throws Exception {
        String database = stem + "_" + name;
        Connection db = DriverManager.getConnection(url, username, password);
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + database + "`");
            sql.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        db.setCatalog(database);
        migrate(db, changelog);
        return db;
    }

    /** The vocabulary changesets forgotten, as if the rows had been written before they ran, and the update rerun. */
    private void migrateAgain(Connection db, String changelog, String... changeSets) throws Exception {
        for (String changeSet : changeSets) {
            try (var forget = db.prepareStatement("DELETE FROM DATABASECHANGELOG WHERE ID = ?")) {
                forget.setString(1, changeSet);
                assertThat(forget.executeUpdate()).as(changeSet + " ran in the first migration").isOne();
            }
        }
        migrate(db, "classpath:" + changelog);
    }

    private static void drop(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS `" + db.getCatalog() + "`");
        }
    }

    private void migrate(Connection db, String changelog) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new SingleConnectionDataSource(db, true));
        liquibase.setResourceLoader(resourceLoader);
        liquibase.setChangeLog(changelog);
        liquibase.setDefaultSchema(db.getCatalog());
        liquibase.afterPropertiesSet();
    }

    /**
     * A row as the former release could have written it: the given values, and a plain value in every other
     * column that must have one (the test is about the vocabulary, not the rest of the row).
     */
    private static long insert(Connection db, String table, Map<String, String> values) throws SQLException {
        List<String> columns = new ArrayList<>(values.keySet());
        List<String> cells = new ArrayList<>(values.values());
        try (var required = db.prepareStatement("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ? AND is_nullable = 'NO'
                  AND column_default IS NULL AND extra NOT LIKE '%auto_increment%'""")) {
            required.setString(1, table);
            try (ResultSet rows = required.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    if (!values.containsKey(column)) {
                        columns.add(column);
                        cells.add(switch (rows.getString(2)) {
                            case "date" -> "2026-04-01";
                            case "datetime", "timestamp" -> "2026-04-01 10:00:00";
                            case "int", "bigint", "smallint", "tinyint", "decimal", "bit" -> "0";
                            default -> "x";
                        });
                    }
                }
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (var insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < cells.size(); i++) {
                insert.setString(i + 1, cells.get(i));
            }
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static String value(Connection db, String table, String column, long id) throws SQLException {
        try (var select = db.prepareStatement("SELECT " + column + " FROM " + table + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
