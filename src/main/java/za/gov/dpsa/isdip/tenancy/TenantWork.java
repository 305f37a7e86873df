package za.gov.dpsa.isdip.tenancy;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in an explicit tenant context, always in a transaction of its own: Hibernate fixes a session's
 * tenant when the session opens, so joining a transaction opened in another context would reach the wrong
 * database.
 */
@Component
public class TenantWork {

    private final TransactionTemplate newTransaction;

    TenantWork(PlatformTransactionManager transactionManager) {
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
