package za.gov.dpsa.isdip.cases;

import java.time.Instant;

/**
 * A case moved from one status to another (its logging counts as a move from none to {@code NEW}). Published
 * synchronously, inside the transaction of the change and in the department's context, so that a listener that
 * writes in the same transaction (the integration module's webhook outbox) commits or rolls back with it.
 *
 * @param caseReference the case's reference, such as DHA-2026-000042
 * @param fromStatus    the status name before, null when the case was just logged
 * @param toStatus      the status name after
 * @param occurredAt    when the change was made
 * @param actor         the username (or API client's service account) that made it
 */
public record CaseStatusChanged(String caseReference, String fromStatus, String toStatus, Instant occurredAt,
                                String actor) {
}
