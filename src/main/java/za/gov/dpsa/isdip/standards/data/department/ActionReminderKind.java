package za.gov.dpsa.isdip.standards.data.department;

/**
 * What a reminder said about an action, kept with the reminder so the same one is never sent twice. Here, beside
 * the reminder it describes, so the data package needs nothing of the job that sends reminders.
 */
public enum ActionReminderKind {
    /** Due within a week, today included ({@code ActionReminders.DUE_SOON_DAYS}). */
    DUE_SOON,
    /** Its due date passed (due yesterday or earlier) and it is not done. */
    OVERDUE
}
