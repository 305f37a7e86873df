package za.gov.dpsa.isdip.standards;

/**
 * Where a standard operating procedure stands: approved and within its review date, approved but past it
 * (from the day after the next review date, South African date), or not approved yet. For a service: the best
 * of its SOPs, or {@code NONE} when it has none.
 */
public enum SopStatus {
    CURRENT,
    REVIEW_OVERDUE,
    NOT_APPROVED,
    NONE
}
