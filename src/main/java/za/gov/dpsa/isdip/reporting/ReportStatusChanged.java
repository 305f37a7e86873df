package za.gov.dpsa.isdip.reporting;

import java.time.Instant;

/**
 * A department's report for a period was submitted, accepted or returned. Published synchronously inside the
 * platform transaction that stores the submission or DPSA's decision, so that a listener writing in the same
 * transaction commits or rolls back with it.
 *
 * @param departmentId the department whose report it is
 * @param periodId     the reporting period
 * @param status       SUBMITTED, ACCEPTED or RETURNED
 * @param occurredAt   when it happened
 */
public record ReportStatusChanged(String departmentId, long periodId, String status, Instant occurredAt) {
}
