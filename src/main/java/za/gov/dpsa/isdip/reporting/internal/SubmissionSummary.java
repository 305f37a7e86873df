package za.gov.dpsa.isdip.reporting.internal;

import java.time.Instant;

/** One submitted version and DPSA's review of it. */
public record SubmissionSummary(long id, String departmentId, String departmentName, long periodId, int version,
                                SubmissionStatus status, String submittedBy, Instant submittedAt, String checksum,
                                String reviewReason, String reviewedBy, Instant reviewedAt, long rowVersion) {
}
