package za.gov.dpsa.isdip.cases.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.cases.internal.CaseEventType;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;

/** One entry of a case's timeline; written once. */
@Entity
@Table(name = "case_event")
public class CaseEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseEventType type;

    @Column(name = "shared_with_dpsa", nullable = false, updatable = false)
    private boolean sharedWithDpsa;

    @Column(columnDefinition = "text", updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private CaseStatus toStatus;

    protected CaseEventEntity() {
    }

    public CaseEventEntity(Long caseId, Instant occurredAt, String actor, String actorName, CaseEventType type,
                           boolean sharedWithDpsa, String body, CaseStatus fromStatus, CaseStatus toStatus) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.type = type;
        this.sharedWithDpsa = sharedWithDpsa;
        this.body = body;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getActorName() { return actorName; }
    public CaseEventType getType() { return type; }
    public boolean isSharedWithDpsa() { return sharedWithDpsa; }
    public String getBody() { return body; }
    public CaseStatus getFromStatus() { return fromStatus; }
    public CaseStatus getToStatus() { return toStatus; }
}
