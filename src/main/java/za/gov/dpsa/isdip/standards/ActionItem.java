package za.gov.dpsa.isdip.standards;

import java.time.LocalDate;

/** An action that closes a gap, flagged overdue when its due date passed and it is not done. */
public record ActionItem(long id, String standardCode, String title, String owner, LocalDate dueDate,
                         ActionStatus status, LocalDate completedOn, boolean overdue, long rowVersion) {

    /** A new action as the official types it. */
    public record Input(String title, String owner, LocalDate dueDate) {
    }
}
