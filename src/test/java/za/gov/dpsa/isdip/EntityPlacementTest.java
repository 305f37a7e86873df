package za.gov.dpsa.isdip;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Which database an entity lives in is visible in its package and agrees with the Liquibase changelogs: an entity in
 * a {@code data.platform} package has its table in {@code db/platform} only, one in {@code data.department} in
 * {@code db/department} only (every department's database), and one in {@code data.both} in both (the audit trail,
 * notifications, advocacy resources). A query for it must then run in that tenant ({@code TenantWork}).
 */
class EntityPlacementTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("za.gov.dpsa.isdip");

    private final Set<String> platformTables = tablesOf("db/platform/changelog.yaml");
    private final Set<String> departmentTables = tablesOf("db/department/changelog.yaml");

    @Test
    void everyEntityLivesInThePackageOfTheDatabaseItsChangelogCreatesItIn() {
        classes().that().areAnnotatedWith(Entity.class).should(liveInThePackageOfTheirDatabase()).check(PORTAL);
    }

    @Test
    void theChangelogsAreReadAsLiquibaseAppliesThem() {
        // A parsing mistake here would make the rule above pass for nothing.
        assertThat(platformTables).contains("department", "escalation", "report_submission", "audit_event");
        assertThat(departmentTables).contains("support_case", "core_service", "audit_event")
                .doesNotContain("escalation");
    }

    private ArchCondition<JavaClass> liveInThePackageOfTheirDatabase() {
        return new ArchCondition<>("live in data.platform, data.department or data.both as their table does") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String table = entity.tryGetAnnotationOfType(Table.class).map(Table::name).orElse("");
                boolean platform = platformTables.contains(table);
                boolean department = departmentTables.contains(table);
                String expected = platform && department ? "data.both" : platform ? "data.platform"
                        : department ? "data.department" : null;
                String message;
                if (table.isEmpty()) {
                    message = entity.getName() + " names no table (@Table(name = ...))";
                } else if (expected == null) {
                    message = entity.getName() + ": no changelog creates table " + table;
                } else if (!entity.getPackageName().endsWith("." + expected)) {
                    message = entity.getName() + ": table " + table + " is created in "
                            + (platform && department ? "both databases" : platform ? "db/platform" : "db/department")
                            + ", so the entity belongs in a " + expected + " package";
                } else {
                    return;
                }
                events.add(SimpleConditionEvent.violated(entity, message));
            }
        };
    }

    /** The tables a changelog creates (and renames to), following its includes in order. */
    private static Set<String> tablesOf(String changelog) {
        Set<String> tables = new HashSet<>();
        read(changelog, tables);
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static void read(String changelog, Set<String> tables) {
        try (InputStream in = EntityPlacementTest.class.getClassLoader().getResourceAsStream(changelog)) {
            assertThat(in).as(changelog).isNotNull();
            Map<String, Object> document = new Yaml().load(in);
            for (Map<String, Object> entry : (List<Map<String, Object>>) document.get("databaseChangeLog")) {
                if (entry.get("include") instanceof Map<?, ?> include) {
                    read((String) include.get("file"), tables);
                }
                if (entry.get("changeSet") instanceof Map<?, ?> changeSet
                        && changeSet.get("changes") instanceof List<?> changes) {
                    for (Object change : changes) {
                        Map<String, Object> one = (Map<String, Object>) change;
                        if (one.get("createTable") instanceof Map<?, ?> create) {
                            tables.add((String) create.get("tableName"));
                        }
                        if (one.get("renameTable") instanceof Map<?, ?> rename) {
                            tables.remove((String) rename.get("oldTableName"));
                            tables.add((String) rename.get("newTableName"));
                        }
                        if (one.get("dropTable") instanceof Map<?, ?> drop) {
                            tables.remove((String) drop.get("tableName"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(changelog, e);
        }
    }
}
