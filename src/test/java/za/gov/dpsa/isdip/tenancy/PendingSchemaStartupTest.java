package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.PortalInstances;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;
import za.gov.dpsa.isdip.tenancy.internal.DepartmentUnavailableException;

/**
 * A release with a new department changeset: the portal starts serving without waiting for the migrations, each
 * department behind the code is refused (never served on the old schema) while a bounded pool migrates it, and is
 * served once its schema is current; the registry then holds the new changelog's checksum, so the next start skips
 * it without opening Liquibase.
 */
class PendingSchemaStartupTest {

    static final String STEM = "isdippend";
    static Path tenants;
    final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @BeforeAll
    static void departmentsOfTheirOwn() throws Exception {
        tenants = Files.createDirectories(Path.of("target/pending-schema-tenants").toAbsolutePath());
        for (String id : List.of("upd-one", "upd-two")) {
            Files.writeString(tenants.resolve(id + ".yaml"), "id: " + id + "\nname: Department of Update Test "
                    + id.substring(4) + "\nshortCode: " + id.replace("-", "").toUpperCase() + "\nsphere: national\n");
        }
    }

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext instance(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--isdip.embedded.platform-database=" + STEM + "_platform",
                "--isdip.database.department-prefix=" + STEM + "_dept_",
                "--isdip.tenants.location=file:" + tenants + "/*.yaml",
                "--isdip.database.recheck-interval=PT1H",
                "--spring.datasource.hikari.maximum-pool-size=8"));
        arguments.addAll(PortalInstances.WITHOUT_TIMERS);
        arguments.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IsdipPortalApplication.class)
                .profiles("test").run(arguments.toArray(String[]::new));
        started.add(context);
        return context;
    }

    @Test
    void aNewChangesetIsAppliedInTheBackgroundWhileThePortalServesAndABehindDepartmentIsNeverServed() {
        // The release before: both departments onboarded and current.
        ConfigurableApplicationContext before = instance();
        JdbcTemplate jdbc = new JdbcTemplate(before.getBean(DataSource.class));
        DepartmentDatabases databases = before.getBean(DepartmentDatabases.class);
        String platform = databases.platformDatabase();
        for (String id : List.of("upd-one", "upd-two")) {
            jdbc.execute("DROP TABLE IF EXISTS `" + databases.databaseOf(id) + "`.release_marker");
            jdbc.update("DELETE FROM `" + databases.databaseOf(id) + "`.DATABASECHANGELOG WHERE id = ?",
                    "test-pending-release-marker");
        }
        jdbc.update("UPDATE `" + platform + "`.department SET schema_checksum = ? WHERE id LIKE 'upd-%'",
                databases.changelogChecksum());
        String oldChecksum = databases.changelogChecksum();
        before.close();

        // The new release: one more changeset, two seconds for each department, one migration at a time.
        long starting = System.nanoTime();
        ConfigurableApplicationContext release = instance(
                "--isdip.test.reset-databases=false",
                "--isdip.database.department-changelog=classpath:db/test/department-with-pending.yaml",
                "--isdip.database.await-migrations-at-startup=PT0S",
                "--isdip.database.migration-threads=1");
        long startedInMillis = (System.nanoTime() - starting) / 1_000_000;
        DepartmentAvailability availability = release.getBean(DepartmentAvailability.class);
        DepartmentDatabases releaseDatabases = release.getBean(DepartmentDatabases.class);
        assertThat(releaseDatabases.changelogChecksum()).isNotEqualTo(oldChecksum);
        // Serving began before both migrations could have run (2 s each, one at a time).
        assertThat(availability.counts().get(DepartmentStatus.UPDATING)).as("started in %d ms", startedInMillis)
                .isPositive();
        String behind = List.of("upd-one", "upd-two").stream()
                .filter(id -> availability.status(id) == DepartmentStatus.UPDATING).findFirst().orElseThrow();
        PortalUser official = TestUsers.user("upd.official", behind, "dept-user");
        assertThatThrownBy(() -> TestUsers.callAs(official, () -> release.getBean(CaseService.class).create(
                new NewCase("Written on an old schema", "Must not be.", Mechanism.SERVICE_STANDARDS, null, null,
                        CasePriority.LOW, null))))
                .satisfies(refused -> assertThat(PortalInstances.causes(refused)).anyMatch(DepartmentUnavailableException.class::isInstance));
        // Readiness stays up: the instance serves its other departments meanwhile.
        assertThat(release.getBean(DepartmentsHealthIndicator.class).health().getStatus()).isEqualTo(
                availability.counts().get(DepartmentStatus.SERVING) > 0 ? Status.UP : Status.DOWN);

        assertThat(availability.awaitMigrations(Duration.ofMinutes(1))).isTrue();
        jdbc = new JdbcTemplate(release.getBean(DataSource.class));
        assertThat(availability.counts().get(DepartmentStatus.SERVING)).isEqualTo(2);
        for (String id : List.of("upd-one", "upd-two")) {
            assertThat(jdbc.queryForList("SHOW TABLES FROM `" + databases.databaseOf(id) + "` LIKE 'release_marker'",
                    String.class)).hasSize(1);
            assertThat(jdbc.queryForObject("SELECT schema_checksum FROM `" + platform + "`.department WHERE id = ?",
                    String.class, id)).isEqualTo(releaseDatabases.changelogChecksum());
        }
        long created = TestUsers.callAs(official, () -> release.getBean(CaseService.class).create(new NewCase(
                "Written on the new schema", "After the update.", Mechanism.SERVICE_STANDARDS, null, null,
                CasePriority.LOW, null)));
        assertThat(created).isPositive();
        release.close();

        // The next start of the same release finds every department current: served at once, nothing migrated.
        ConfigurableApplicationContext again = instance(
                "--isdip.test.reset-databases=false",
                "--isdip.database.department-changelog=classpath:db/test/department-with-pending.yaml",
                "--isdip.database.await-migrations-at-startup=PT0S");
        assertThat(again.getBean(DepartmentAvailability.class).counts().get(DepartmentStatus.SERVING)).isEqualTo(2);
    }

}
