package za.gov.dpsa.isdip.standards.internal;

/** How far a core service's business process map has come; only an approved map counts in the report. */
public enum ProcessMapStatus {
    NOT_STARTED,
    IN_PROGRESS,
    MAPPED,
    APPROVED
}
