package za.gov.dpsa.isdip.cases.internal;

/** Where a case stands. Reopening a resolved or closed case brings it back to {@link #IN_PROGRESS}. */
public enum CaseStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    AWAITING_INFORMATION,
    RESOLVED,
    CLOSED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
