package za.gov.dpsa.isdip.tenancy;

import java.time.Instant;

/** One logged crossing of a department boundary (a DPSA super-admin entering or leaving a department). */
public record TenantAccess(Instant occurredAt, String username, String departmentId, String action, String reason) {
}
