package za.gov.dpsa.isdip.privacy.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One step taken on a request. Names the record and field touched, never the personal values. */
@Entity
@Immutable
@Table(name = "privacy_request_step")
public class PrivacyRequestStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    private String detail;

    protected PrivacyRequestStepEntity() {
    }

    public PrivacyRequestStepEntity(Long requestId, Instant occurredAt, String actor, String action,
                                    String recordType, String recordId, String detail) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getRecordType() { return recordType; }
    public String getRecordId() { return recordId; }
    public String getDetail() { return detail; }
}
