package za.gov.dpsa.isdip.standards.data.department;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;


/** Reminders already sent in the current department. */
public interface ActionReminderRepository extends JpaRepository<ActionReminderEntity, Long> {

    boolean existsByActionIdAndKindAndDueDateAndOwnerUsername(long actionId, ActionReminderKind kind,
                                                            LocalDate dueDate, String ownerUsername);
}
