package za.gov.dpsa.isdip.tenancy;

import java.util.function.Supplier;

/** Lets tests of other packages work inside one department the way the tenancy module itself does. */
public final class TenancyTestAccess {

    private TenancyTestAccess() {
    }

    public static <T> T inDepartment(TenantWork tenantWork, String departmentId, Supplier<T> work) {
        return tenantWork.inDepartment(departmentId, work);
    }
}
