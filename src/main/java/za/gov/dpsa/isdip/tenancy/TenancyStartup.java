package za.gov.dpsa.isdip.tenancy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionFiles;

/**
 * Before the portal serves anyone: looks at every registered department once (current ones are served at once,
 * those behind the running code are migrated in the background by a bounded pool, those on a server that does not
 * answer are shown as unavailable), then onboards the departments of {@code tenants/} that are not registered yet.
 * So a start-up with 150 registered departments does not wait for 150 Liquibase runs, and two instances starting
 * together do not queue on each department's lock before serving.
 */
@Component
class TenancyStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TenancyStartup.class);

    private final DepartmentDefinitionFiles definitionFiles;
    private final DepartmentAvailability availability;
    private final DepartmentOnboarding onboarding;
    private final Duration awaitMigrations;

    TenancyStartup(DepartmentDefinitionFiles definitionFiles, DepartmentAvailability availability,
                   DepartmentOnboarding onboarding,
                   @Value("${isdip.database.await-migrations-at-startup:PT0S}") Duration awaitMigrations) {
        this.definitionFiles = definitionFiles;
        this.availability = availability;
        this.onboarding = onboarding;
        this.awaitMigrations = awaitMigrations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        // Read the files first: a broken file stops start-up before anything changes.
        List<DepartmentDefinition> definitions = definitionFiles.load();
        Set<String> registered = availability.evaluateRegistry();
        List<DepartmentDefinition> fresh = definitions.stream()
                .filter(definition -> !registered.contains(definition.id())).toList();
        fresh.forEach(definition -> onboarding.onboard(definition, null));
        if (!awaitMigrations.isZero() && !availability.awaitMigrations(awaitMigrations)) {
            log.warn("Department migrations still running after {}; they go on in the background", awaitMigrations);
        }
        var counts = availability.counts();
        log.info("{} departments registered ({} onboarded now from tenants/) in {} ms: {} served, {} being updated, "
                        + "{} unavailable, {} failed", registered.size() + fresh.size(), fresh.size(),
                (System.nanoTime() - started) / 1_000_000, counts.get(DepartmentStatus.SERVING),
                counts.get(DepartmentStatus.UPDATING), counts.get(DepartmentStatus.UNAVAILABLE),
                counts.get(DepartmentStatus.FAILED));
    }
}
