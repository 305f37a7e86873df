package za.gov.dpsa.isdip.training.internal;

/** A place on a session, on its waiting list, or given up. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED
}
