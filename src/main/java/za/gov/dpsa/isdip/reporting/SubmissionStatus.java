package za.gov.dpsa.isdip.reporting;

/** Where a submitted version stands with DPSA. */
public enum SubmissionStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
