package za.gov.dpsa.isdip.tenancy;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentRepository;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;
import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionValidator;

/**
 * Onboards a department at runtime, without a restart: creates its database, migrates it, lets the modules
 * seed it, and only then registers it, so a failure half-way can simply be retried.
 */
@Service
public class DepartmentOnboarding {

    private static final Logger log = LoggerFactory.getLogger(DepartmentOnboarding.class);

    private final DepartmentDatabases databases;
    private final DepartmentAvailability availability;
    private final DepartmentRepository departments;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DepartmentOnboarding(DepartmentDatabases databases, DepartmentAvailability availability,
                         DepartmentRepository departments, DepartmentDirectory directory, TenantWork tenantWork,
                         ApplicationEventPublisher events, Clock clock) {
        this.availability = availability;
        this.directory = directory;
        this.databases = databases;
        this.departments = departments;
        this.tenantWork = tenantWork;
        this.events = events;
        this.clock = clock;
    }

    /** Onboards the department on the database server that holds the fewest departments. */
    public Department onboard(DepartmentDefinition definition) {
        return onboard(definition, null);
    }

    /**
     * Onboards the department on the named database server ({@code null}: the one holding the fewest departments).
     */
    public Department onboard(DepartmentDefinition definition, String databaseServer) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Database creation is DDL and the seeding runs in the department's own context.
            throw new IllegalStateException("Onboard a department outside any transaction");
        }
        DepartmentDefinitionValidator.validate(definition).ifPresent(problem -> {
            throw new DepartmentInputException(problem.field(), problem.message(), problem.messageKey(),
                    problem.arguments());
        });
        tenantWork.inPlatform(() -> {
            if (departments.existsById(definition.id())) {
                throw new DepartmentAlreadyOnboardedException(definition.id());
            }
            if (departments.existsByShortCodeIgnoreCase(definition.shortCode())) {
                throw new DepartmentInputException("shortCode", "'" + definition.shortCode() + "' is already in use",
                        "dpsa.onboard.invalid.shortCodeTaken", List.of(definition.shortCode()));
            }
        });
        String server = availability.chooseServer(databaseServer);
        long started = System.nanoTime();
        databases.setRoute(definition.id(), server, DepartmentStatus.UPDATING, null);
        databases.createDatabase(definition.id());
        databases.migrate(definition.id());
        databases.setRoute(definition.id(), server, DepartmentStatus.SERVING, null);
        tenantWork.inDepartment(definition.id(), () -> {
            events.publishEvent(new DepartmentOnboarded(definition));
            return null;
        });
        // Whole seconds: Connector/J sends no fractions to MariaDB, so keep every database alike.
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Department department = tenantWork.inPlatform(() -> {
            DepartmentEntity entity = new DepartmentEntity(definition.id(), definition.name(), definition.shortCode(),
                    definition.sphere(), definition.province(), now, server);
            entity.schemaMigrated(databases.changelogChecksum(), now);
            return departments.save(entity).toDepartment();
        });
        directory.refresh();
        log.info("Onboarded department {} ({}) on database server '{}' in {} ms", definition.id(), definition.name(),
                server,
                (System.nanoTime() - started) / 1_000_000);
        return department;
    }

    /** Raised when a department with the same id is already registered. */
    public static class DepartmentAlreadyOnboardedException extends IllegalStateException {
        public DepartmentAlreadyOnboardedException(String id) {
            super("Department '" + id + "' is already onboarded");
        }
    }
}
