package za.gov.dpsa.isdip.standards;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.standards.data.department.CoreServiceEntity;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceRepository;
import za.gov.dpsa.isdip.standards.internal.ServiceRegister;
import za.gov.dpsa.isdip.tenancy.DepartmentOnboarded;

/**
 * The current department's core mandated services, seeded from its definition when it is onboarded and
 * maintained in the service register ({@link ServiceRegister}). The list offers active services only, for pick
 * lists; {@link #find} finds a retired service too, as records that named it still do.
 */
@Service
public class CoreServices {

    private final CoreServiceRepository repository;
    private final Clock clock;

    CoreServices(CoreServiceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CoreService> list() {
        return repository.findByRetiredOnIsNullOrderByNameAsc().stream().map(CoreServices::toRecord).toList();
    }

    /** Active services. */
    @Transactional(readOnly = true)
    public long count() {
        return repository.countByRetiredOnIsNull();
    }

    /** Finds a service by id, in the current department only. */
    @Transactional(readOnly = true)
    public Optional<CoreService> find(long id) {
        return repository.findById(id).map(CoreServices::toRecord);
    }

    /** Runs inside the new department's context; idempotent, so a retried onboarding seeds once. */
    @EventListener
    void seed(DepartmentOnboarded event) {
        if (repository.count() > 0) {
            return;
        }
        // Names are unique in the register (without regard to case); a definition naming one twice seeds it once.
        java.util.Set<String> seen = new java.util.HashSet<>();
        event.definition().coreServices().stream()
                .filter(service -> seen.add(service.name().strip().toLowerCase(java.util.Locale.ROOT)))
                .forEach(service -> repository.save(
                        new CoreServiceEntity(service.name().strip(), service.recipients(), clock.instant())));
    }

    private static CoreService toRecord(CoreServiceEntity entity) {
        return new CoreService(entity.getId(), entity.getName(), entity.getRecipients());
    }
}
