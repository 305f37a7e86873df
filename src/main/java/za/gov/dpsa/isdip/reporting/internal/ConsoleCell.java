package za.gov.dpsa.isdip.reporting.internal;

/** A department's standing for one period in DPSA's console. */
public enum ConsoleCell {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    LATE
}
