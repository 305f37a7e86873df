package za.gov.dpsa.isdip.training.internal;

import java.time.Instant;

/** Someone registered for a session, as its trainer sees them: name and department only. */
public record Registrant(long id, String displayName, String departmentName, RegistrationStatus status,
                         Instant registeredAt, Boolean attended) {
}
