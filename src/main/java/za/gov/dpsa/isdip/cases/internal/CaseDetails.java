package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.cases.sla.SlaStatus;
import za.gov.dpsa.isdip.core.Mechanism;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A case as its page shows it, with what the current user may do to it. */
public record CaseDetails(long id, long version, String reference, String title, String description,
                          Mechanism category, String serviceName, String servicePoint, CasePriority priority,
                          CaseStatus status, String assignee, String assigneeName, String createdBy,
                          Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant resolvedAt,
                          String resolutionNote, boolean hasCitizen, boolean escalated, SlaStatus sla,
                          List<CaseTimelineEntry> timeline, List<CaseAttachment> attachments,
                          Set<CaseAction> allowedActions) {

    public boolean may(CaseAction action) {
        return allowedActions.contains(action);
    }
}
