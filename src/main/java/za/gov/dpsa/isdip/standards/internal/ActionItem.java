package za.gov.dpsa.isdip.standards.internal;

import java.time.LocalDate;

/**
 * An action that closes a gap, flagged overdue when its due date passed and it is not done.
 *
 * @param owner         the owner's name: the official's current name, or for an action from before owners were
 *                      picked from the department's officials, the text typed then
 * @param ownerUsername the official who owns the action, or null for such an earlier free-text owner
 */
public record ActionItem(long id, String standardCode, String title, String owner, String ownerUsername,
                         LocalDate dueDate, ActionStatus status, LocalDate completedOn, boolean overdue,
                         long rowVersion) {

    /**
     * A new action as the official types it, or a change to one.
     *
     * @param ownerUsername an official of the department; when changing an action, null keeps its owner
     */
    public record Input(String title, String ownerUsername, LocalDate dueDate) {
    }
}
