package za.gov.dpsa.isdip.cases.internal;

import java.time.Instant;
import java.util.List;

/**
 * An escalated case as DPSA sees it: what the department shared, and the conversation. The citizen's details, when
 * the department shared them ({@code citizenShared}), are not part of it: DPSA asks for them explicitly and each
 * time is logged ({@link EscalationService#showCitizen}).
 */
public record EscalationDetails(EscalationSummary summary, long version, String description, String reason,
                                String escalatedBy, boolean citizenShared, List<Message> messages) {

    /** A message of the conversation between DPSA and the department. */
    public record Message(Instant occurredAt, String authorName, boolean fromDpsa, String body) {
    }
}
