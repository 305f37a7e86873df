package za.gov.dpsa.isdip.tenancy;

/**
 * Published once a department's database exists and is migrated, inside the department's context,
 * so that modules can seed what the definition carries for them.
 */
public record DepartmentOnboarded(DepartmentDefinition definition) {
}
