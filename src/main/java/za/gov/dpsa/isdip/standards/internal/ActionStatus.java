package za.gov.dpsa.isdip.standards.internal;

/** Progress of an action item that closes a gap. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
