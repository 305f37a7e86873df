package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.Mechanism;

import java.time.Instant;

/** A row of the case list; never carries personal information. */
public record CaseSummary(long id, String reference, String title, Mechanism category, CasePriority priority,
                          CaseStatus status, String assignee, Instant createdAt, Instant resolutionDueAt,
                          boolean breached, boolean escalated) {
}
