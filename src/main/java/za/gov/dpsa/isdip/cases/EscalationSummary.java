package za.gov.dpsa.isdip.cases;

import java.time.Instant;

/** A row of DPSA's central queue. */
public record EscalationSummary(long id, String departmentId, String departmentName, String caseReference,
                                String title, CaseCategory category, CasePriority priority, CaseStatus caseStatus,
                                Instant escalatedAt, String dpsaAssignee, EscalationState state) {
}
