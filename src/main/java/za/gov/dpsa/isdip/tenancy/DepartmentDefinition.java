package za.gov.dpsa.isdip.tenancy;

import java.util.List;
import java.util.Objects;

/**
 * What it takes to onboard a department: read from a file in {@code tenants/}, or entered by a DPSA super-admin.
 *
 * @param coreServices the department's core mandated services (OMF, PSR 2016 reg. 36), seeded into its database
 */
public record DepartmentDefinition(String id, String name, String shortCode, Sphere sphere, Province province,
                                   List<CoreServiceDefinition> coreServices) {

    public DepartmentDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(sphere, "sphere");
        coreServices = coreServices == null ? List.of() : List.copyOf(coreServices);
    }

    /** A core mandated service and who receives it. */
    public record CoreServiceDefinition(String name, String recipients) {
    }
}
