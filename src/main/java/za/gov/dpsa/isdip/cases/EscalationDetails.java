package za.gov.dpsa.isdip.cases;

import java.time.Instant;
import java.util.List;

/** An escalated case as DPSA sees it: what the department shared, and the conversation. */
public record EscalationDetails(EscalationSummary summary, long version, String description, String reason,
                                String escalatedBy, CitizenDetails sharedCitizen, List<Message> messages) {

    /** A message of the conversation between DPSA and the department. */
    public record Message(Instant occurredAt, String authorName, boolean fromDpsa, String body) {
    }
}
