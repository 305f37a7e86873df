package za.gov.dpsa.isdip.tenancy;

import java.time.Instant;

/** One change to a department user's account made through the portal. */
public record DirectoryChange(Instant occurredAt, String actor, String targetUsername, String action, String detail) {
}
