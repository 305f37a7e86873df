package za.gov.dpsa.isdip.reporting.data;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current department's reminders. */
public interface ReportReminderRepository extends JpaRepository<ReportReminderEntity, ReportReminderEntity.Key> {
}
