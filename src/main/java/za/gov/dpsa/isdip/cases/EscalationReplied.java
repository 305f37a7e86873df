package za.gov.dpsa.isdip.cases;

import java.time.Instant;

/**
 * DPSA replied to a department's escalated case. Published synchronously inside the platform transaction that
 * stores the reply, so that a listener writing in the same transaction commits or rolls back with it.
 *
 * @param caseReference the department's case reference
 * @param departmentId  the department whose case it is
 * @param occurredAt    when DPSA replied
 */
public record EscalationReplied(String caseReference, String departmentId, Instant occurredAt) {
}
