package za.gov.dpsa.isdip.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import za.gov.dpsa.isdip.tenancy.internal.DepartmentUnavailableException;

/**
 * Runs work in an explicit tenant context, always in a transaction of its own: Hibernate fixes a session's
 * tenant when the session opens, so joining a transaction opened in another context would reach the wrong
 * database.
 */
@Component
public class TenantWork {

    private final TransactionTemplate newTransaction;
    private final DepartmentDirectory directory;
    private final za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessRepository accessLog;
    private final Clock clock;
    private final DepartmentAvailability availability;

    TenantWork(PlatformTransactionManager transactionManager, @Lazy DepartmentDirectory directory,
               za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessRepository accessLog, Clock clock,
               @Lazy DepartmentAvailability availability) {
        this.availability = availability;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.directory = directory;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * A platform job (SLA sweeps, demo data) over every active department this instance serves, each in its own
     * context and transaction. Jobs read and write only what they own; they are not views of a department's data.
     * A department not served now (its server down, its schema being migrated) is skipped.
     */
    public void forEachDepartment(Consumer<Department> job) {
        for (Department department : directory.all()) {
            if (department.active() && availability.status(department.id()).serving()) {
                in(department.id(), () -> {
                    job.accept(department);
                    return null;
                });
            }
        }
    }

    /**
     * Like {@link #forEachDepartment(Consumer)}, but a department whose work fails is rolled back alone and
     * reported to {@code onFailure}; the others still run. A department not served now is reported to
     * {@code onFailure} with a {@link DepartmentUnavailableException}, so a job can try it again at its next run.
     */
    public void forEachDepartment(Consumer<Department> job, BiConsumer<Department, RuntimeException> onFailure) {
        for (Department department : directory.all()) {
            if (department.active()) {
                DepartmentStatus status = availability.status(department.id());
                if (!status.serving()) {
                    onFailure.accept(department, new DepartmentUnavailableException(department.id(), status));
                    continue;
                }
                try {
                    in(department.id(), () -> {
                        job.accept(department);
                        return null;
                    });
                } catch (RuntimeException e) {
                    onFailure.accept(department, e);
                }
            }
        }
    }

    /**
     * Delivers something a department is owed (a DPSA reply to its escalated case, say) into that department's
     * own database, on behalf of the signed-in user. Every delivery is logged as a boundary crossing, its purpose
     * as a message key with arguments so that the access log reads in the reader's language.
     */
    public <T> T deliverTo(String departmentId, String purposeKey, List<String> purposeArguments, Supplier<T> work) {
        String who = PortalUser.current().map(PortalUser::username).orElse("system");
        String purpose = TenantAccess.deliveryPurpose(purposeKey, purposeArguments);
        inPlatform(() -> accessLog.save(new za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessEntity(clock.instant(), who,
                departmentId, "DELIVER", purpose, null)));
        return in(departmentId, work);
    }

    /** Work on what the platform itself owns: the registry, DPSA's catalogues, submitted snapshots. */
    public <T> T inPlatform(Supplier<T> work) {
        return in(TenantContext.PLATFORM, work);
    }

    public void inPlatform(Runnable work) {
        inPlatform(() -> {
            work.run();
            return null;
        });
    }

    /** Inside one department, for the tenancy module's own onboarding and seeding. */
    <T> T inDepartment(String departmentId, Supplier<T> work) {
        return in(departmentId, work);
    }

    private <T> T in(String tenant, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.bind(tenant)) {
            return newTransaction.execute(status -> work.get());
        }
    }
}
