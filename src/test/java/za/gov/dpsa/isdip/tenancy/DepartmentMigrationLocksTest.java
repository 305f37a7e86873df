package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.tenancy.database.DatabaseServers;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Departments migrated in the background by several threads at once, each running a real changeset, are each left
 * unlocked: no department keeps its Liquibase changelog lock, so the next release can migrate it. (Liquibase 4.33
 * shares its update command's "locked" flag between threads, so parallel runs in one JVM left some departments
 * locked for good, 16 of 150 in the start-up benchmark: their next migration waited five minutes, failed, and
 * failed again every five minutes.)
 * <p>
 * The department changelog is the real one plus a changeset of its own ({@code bench/department-with-pending.yaml},
 * which the start-up benchmark uses too); each round undoes that changeset in every department so that it runs again.
 */
@SpringBootTest(properties = {
        // Databases of its own: the extra departments must not change what other test classes count.
        "isdip.embedded.platform-database=${ISDIP_TEST_DB:isdiptest}_migrations_platform",
        "isdip.database.department-prefix=${ISDIP_TEST_DB:isdiptest}_migrations_dept_",
        "isdip.database.department-changelog=classpath:bench/department-with-pending.yaml",
        "isdip.database.migration-threads=4"})
@ActiveProfiles("test")
class DepartmentMigrationLocksTest {

    static final int EXTRA_DEPARTMENTS = 13;
    static final int ROUNDS = 3;

    @Autowired
    DepartmentAvailability availability;
    @Autowired
    DepartmentOnboarding onboarding;
    @Autowired
    DepartmentDirectory directory;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void departmentsMigratedInParallelAreAllServedAndNoneKeepsAChangelogLock() {
        for (int n = 1; n <= EXTRA_DEPARTMENTS; n++) {
            String id = String.format(Locale.ROOT, "lock-d%02d", n);
            if (directory.find(id).isEmpty()) {
                onboarding.onboard(new DepartmentDefinition(id, "Locks Test Department " + n,
                        String.format(Locale.ROOT, "LK%02d", n), Sphere.NATIONAL, null, List.of()));
            }
        }
        List<String> departments = directory.all().stream().map(Department::id).toList();
        assertThat(departments).hasSizeGreaterThanOrEqualTo(EXTRA_DEPARTMENTS + 7);

        for (int round = 1; round <= ROUNDS; round++) {
            // As an instance starting after a release with a department changeset: every department is behind
            // the code, and this instance serves none of them yet.
            for (String id : departments) {
                jdbc.execute("drop table if exists `" + databases.databaseOf(id) + "`.bench_pending_marker");
                jdbc.update("delete from `" + databases.databaseOf(id) + "`.DATABASECHANGELOG where ID = ?",
                        "bench-pending-marker");
            }
            jdbc.update("update `" + databases.platformDatabase() + "`.department set schema_checksum = null");
            departments.forEach(id -> databases.setRoute(id, DatabaseServers.PRIMARY, DepartmentStatus.UPDATING,
                    null));
            availability.evaluateRegistry();
            assertThat(availability.counts().get(DepartmentStatus.UPDATING)).as("round %d: being updated", round)
                    .isEqualTo(departments.size());

            assertThat(availability.awaitMigrations(Duration.ofMinutes(2))).as("round %d: migrations done", round)
                    .isTrue();
            assertThat(availability.counts().get(DepartmentStatus.SERVING)).as("round %d: served", round)
                    .isEqualTo(departments.size());
            assertThat(departments.stream().filter(this::ranThePendingChangeset).count())
                    .as("round %d: departments that ran the changeset", round).isEqualTo(departments.size());
            List<String> locked = departments.stream().filter(this::changelogLocked).toList();
            assertThat(locked).as("round %d: departments whose changelog lock is still held", round).isEmpty();
        }
    }

    private boolean ranThePendingChangeset(String department) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? "
                + "and table_name = 'bench_pending_marker'", Integer.class, databases.databaseOf(department)) == 1;
    }

    private boolean changelogLocked(String department) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select max(locked) = 1 from `"
                + databases.databaseOf(department) + "`.DATABASECHANGELOGLOCK", Boolean.class));
    }
}
