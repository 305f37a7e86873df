package za.gov.dpsa.isdip.reporting.data.department;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current department's reminders. */
public interface ReportReminderRepository extends JpaRepository<ReportReminderEntity, ReportReminderEntity.Key> {
}
