package za.gov.dpsa.isdip.reporting.data.department;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * That the department's reporting officers were reminded of a period's due date (reminder 1 a week before, 2 the
 * day before). The department's own database, written with the reminder's notice, so a rerun never reminds twice.
 */
@Entity
@Table(name = "report_reminder")
@IdClass(ReportReminderEntity.Key.class)
public class ReportReminderEntity {

    @Id
    @Column(name = "period_id")
    private Long periodId;
    @Id
    @Column(name = "reminder")
    private Integer reminder;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReportReminderEntity() {
    }

    public ReportReminderEntity(Long periodId, Integer reminder, Instant sentAt) {
        this.periodId = periodId;
        this.reminder = reminder;
        this.sentAt = sentAt;
    }

    public Long getPeriodId() { return periodId; }
    public Integer getReminder() { return reminder; }
    public Instant getSentAt() { return sentAt; }

    /** The composite key. */
    public record Key(Long periodId, Integer reminder) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
