package za.gov.dpsa.isdip.training;

/** A place on a session, on its waiting list, or given up. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED
}
