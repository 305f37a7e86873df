package za.gov.dpsa.isdip.standards.data.department;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/** A reminder sent to an action's owner (department database): one per action, kind and due date. */
@Entity
@Table(name = "alignment_action_reminder")
public class ActionReminderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "action_id", nullable = false, updatable = false)
    private long actionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ActionReminderKind kind;
    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;
    @Column(name = "owner_username", nullable = false, length = 100, updatable = false)
    private String ownerUsername;
    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ActionReminderEntity() {
    }

    public ActionReminderEntity(long actionId, ActionReminderKind kind, LocalDate dueDate, String ownerUsername,
                                Instant sentAt) {
        this.actionId = actionId;
        this.kind = kind;
        this.dueDate = dueDate;
        this.ownerUsername = ownerUsername;
        this.sentAt = sentAt;
    }

    public long getActionId() { return actionId; }
    public ActionReminderKind getKind() { return kind; }
    public LocalDate getDueDate() { return dueDate; }
}
