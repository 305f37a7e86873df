package za.gov.dpsa.isdip.tenancy;

import java.time.Instant;

/**
 * How a department's database is doing, for DPSA: metadata only (schema version, size, how many officials,
 * when one last signed in), never the department's records.
 */
public record DepartmentHealth(Department department, int schemaChanges, String latestChange, long sizeBytes,
                               long members, Instant lastSignIn) {
}
