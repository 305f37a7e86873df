package za.gov.dpsa.isdip.standards.internal;

/**
 * Where a standard operating procedure stands: approved and within its review date, approved but past it
 * (from the day after the next review date, South African date), not approved yet, or withdrawn (kept for the
 * record, never current). For a service: the best of its SOPs, so a withdrawn one only shows when all its SOPs are
 * withdrawn; or {@code NONE} when it has none. The order is the ranking: best first.
 */
public enum SopStatus {
    CURRENT,
    REVIEW_OVERDUE,
    NOT_APPROVED,
    WITHDRAWN,
    NONE
}
