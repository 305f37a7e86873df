package za.gov.dpsa.isdip.reporting.internal;

/** Where a submitted version stands with DPSA. */
public enum SubmissionStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
