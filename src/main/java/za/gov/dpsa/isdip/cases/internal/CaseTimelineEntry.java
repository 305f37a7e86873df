package za.gov.dpsa.isdip.cases.internal;

import java.time.Instant;

/** One entry of a case's timeline: who did what, when. */
public record CaseTimelineEntry(Instant occurredAt, String actorName, CaseEventType type, boolean sharedWithDpsa,
                                String body, CaseStatus fromStatus, CaseStatus toStatus) {
}
