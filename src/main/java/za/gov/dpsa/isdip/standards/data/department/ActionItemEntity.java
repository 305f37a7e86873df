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
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.standards.internal.ActionStatus;

/** An action that closes a gap found in self-assessment (department database). */
@Entity
@Table(name = "alignment_action")
public class ActionItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "standard_code", nullable = false, length = 20, updatable = false)
    private String standardCode;
    @Column(name = "assessment_id", updatable = false)
    private Long assessmentId;
    @Column(nullable = false, length = 300)
    private String title;
    /** The owner's name as shown; for an action from before owners were picked, the text typed then. */
    @Column(nullable = false, length = 200)
    private String owner;
    /** The official who owns the action, or null when the owner was typed as free text. */
    @Column(name = "owner_username", length = 100)
    private String ownerUsername;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActionStatus status;
    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ActionItemEntity() {
    }

    public ActionItemEntity(String standardCode, Long assessmentId, String title, String owner, LocalDate dueDate,
                            String createdBy, Instant createdAt) {
        this.standardCode = standardCode;
        this.assessmentId = assessmentId;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = ActionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void update(String title, String owner, LocalDate dueDate, ActionStatus status, LocalDate today) {
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
        if (status == ActionStatus.DONE && this.status != ActionStatus.DONE) {
            this.completedOn = today;
        } else if (status != ActionStatus.DONE) {
            this.completedOn = null;
        }
        this.status = status;
    }

    /** Makes an official of the department the owner, under the name they go by. */
    public void assignTo(String username, String displayName) {
        this.ownerUsername = username;
        this.owner = displayName;
    }

    public Long getId() { return id; }
    public String getStandardCode() { return standardCode; }
    public Long getAssessmentId() { return assessmentId; }
    public String getTitle() { return title; }
    public String getOwner() { return owner; }
    public String getOwnerUsername() { return ownerUsername; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public LocalDate getCompletedOn() { return completedOn; }
    public long getRowVersion() { return rowVersion; }
}
