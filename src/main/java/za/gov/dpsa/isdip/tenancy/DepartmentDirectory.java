package za.gov.dpsa.isdip.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentRepository;

/** Read access to the department registry; safe to call from any context. */
@Service
public class DepartmentDirectory {

    private final DepartmentRepository departments;
    private final TenantWork tenantWork;

    DepartmentDirectory(DepartmentRepository departments, TenantWork tenantWork) {
        this.departments = departments;
        this.tenantWork = tenantWork;
    }

    /**
     * The registry changes only at onboarding (and, later, activation), so it is read once and kept: callers
     * inside a department's transaction then need no second connection for the platform.
     */
    private volatile List<Department> cached;

    public List<Department> all() {
        List<Department> known = cached;
        if (known == null) {
            known = tenantWork.inPlatform(() -> departments.findAllByOrderByNameAsc().stream()
                    .map(DepartmentEntity::toDepartment).toList());
            cached = known;
        }
        return known;
    }

    public Optional<Department> find(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Forgets the kept registry; the next read loads it again. */
    public void refresh() {
        cached = null;
    }
}
