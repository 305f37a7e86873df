package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.platform.KeepsItsOwnRecord;
import za.gov.dpsa.isdip.platform.data.both.AuditEventEntity;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Every record any module creates leaves an audit entry. The demo data of every module writes through each
 * module's own services, so after it has run, each entity's table may hold no more rows than the audit trail
 * has "created" entries for that entity, in a department's database and in the platform's. Entities marked
 * {@link KeepsItsOwnRecord} are the exception, held to a named few by {@code AuditCoverageTest}.
 */
@SpringBootTest(properties = {"isdip.demo-data.cases-per-department=5", "isdip.demo-data.reporting=true",
        "isdip.demo-data.training=true", "isdip.demo-data.advocacy=true", "isdip.demo-data.alignment=true",
        "isdip.demo-data.privacy=true",
        // Databases of its own: the demo data must not change what other test classes count.
        "isdip.embedded.platform-database=${ISDIP_TEST_DB:isdiptest}_auditall_platform",
        "isdip.database.department-prefix=${ISDIP_TEST_DB:isdiptest}_auditall_dept_"})
@ActiveProfiles("test")
class AuditEveryWriteTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DepartmentDatabases databases;

    @Test
    void everyRowOfEveryModuleHasItsCreationInTheAuditTrail() {
        List<String> unaudited = new ArrayList<>();
        int tablesWithRows = 0;
        for (String database : List.of(databases.databaseOf("gp-health"), databases.platformDatabase())) {
            for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                Table table = type.getAnnotation(Table.class);
                // A log of changes audited elsewhere is left out on purpose (AuditCoverageTest names which).
                if (type == AuditEventEntity.class || type.isAnnotationPresent(KeepsItsOwnRecord.class)
                        || table == null || !exists(database, table.name())) {
                    continue;
                }
                long rows = jdbc.queryForObject("select count(*) from `" + database + "`.`" + table.name() + "`",
                        Long.class);
                String auditType = type.getSimpleName().replace("Entity", "");
                long created = jdbc.queryForObject("select count(*) from `" + database + "`.audit_event"
                        + " where action = 'CREATE' and entity_type = ?", Long.class, auditType);
                if (rows > 0) {
                    tablesWithRows++;
                }
                if (rows > created) {
                    unaudited.add(database + "." + table.name() + ": " + rows + " rows, " + created + " created");
                }
            }
        }
        assertThat(tablesWithRows).as("tables the demo data filled (the test has something to check)")
                .isGreaterThan(20);
        assertThat(unaudited).as("tables with rows whose creation the audit trail does not show").isEmpty();
    }

    private boolean exists(String database, String table) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
                + " and table_name = ?", Long.class, database, table) > 0;
    }
}
