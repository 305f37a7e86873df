package za.gov.dpsa.isdip.tenancy;

import java.time.Instant;

/**
 * How a department's database is doing, for DPSA: metadata only (where it is, whether it is served, schema version,
 * size, how many officials, when one last signed in), never the department's records. The figures are empty when
 * the database is not served.
 */
public record DepartmentHealth(Department department, String databaseServer, DepartmentStatus status, String detail,
                               int schemaChanges, String latestChange, long sizeBytes, long members,
                               Instant lastSignIn) {
}
