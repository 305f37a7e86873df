package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.Mechanism;

import java.time.Instant;

/** A row of DPSA's central queue. */
public record EscalationSummary(long id, String departmentId, String departmentName, String caseReference,
                                String title, Mechanism category, CasePriority priority, CaseStatus caseStatus,
                                Instant escalatedAt, String dpsaAssignee, EscalationState state) {
}
