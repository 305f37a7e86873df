package za.gov.dpsa.isdip.standards.data;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

import za.gov.dpsa.isdip.standards.ActionReminders;

/** Reminders already sent in the current department. */
public interface ActionReminderRepository extends JpaRepository<ActionReminderEntity, Long> {

    boolean existsByActionIdAndKindAndDueDateAndOwnerUsername(long actionId, ActionReminders.Kind kind,
                                                            LocalDate dueDate, String ownerUsername);
}
