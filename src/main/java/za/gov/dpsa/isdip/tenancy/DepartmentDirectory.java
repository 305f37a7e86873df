package za.gov.dpsa.isdip.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.tenancy.data.DepartmentEntity;
import za.gov.dpsa.isdip.tenancy.data.DepartmentRepository;

/** Read access to the department registry; safe to call from any context. */
@Service
public class DepartmentDirectory {

    private final DepartmentRepository departments;
    private final TenantWork tenantWork;

    DepartmentDirectory(DepartmentRepository departments, TenantWork tenantWork) {
        this.departments = departments;
        this.tenantWork = tenantWork;
    }

    public List<Department> all() {
        return tenantWork.inPlatform(() -> departments.findAllByOrderByNameAsc().stream()
                .map(DepartmentEntity::toDepartment).toList());
    }

    public Optional<Department> find(String id) {
        return tenantWork.inPlatform(() -> departments.findById(id).map(DepartmentEntity::toDepartment));
    }
}
