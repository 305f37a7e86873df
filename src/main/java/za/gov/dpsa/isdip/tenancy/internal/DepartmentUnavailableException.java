package za.gov.dpsa.isdip.tenancy.internal;

import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentStatus;
import za.gov.dpsa.isdip.tenancy.NoTenantException;

/**
 * Raised when work would touch a department's database that this instance does not serve right now (its server
 * is down, or its schema is still being migrated). Extends {@link NoTenantException} so that code refusing work
 * without a database refuses this too.
 */
public class DepartmentUnavailableException extends NoTenantException {

    private final String departmentId;
    private final DepartmentStatus status;

    public DepartmentUnavailableException(String departmentId, DepartmentStatus status) {
        super("Department '" + departmentId + "' is not served right now (" + status + ")");
        this.departmentId = departmentId;
        this.status = status;
    }

    public String departmentId() {
        return departmentId;
    }

    public DepartmentStatus status() {
        return status;
    }
}
