package za.gov.dpsa.isdip.integration.data.both;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.platform.KeepsItsOwnRecord;

/**
 * One event in the webhook outbox of the current database: a department's for its case events, the platform's for
 * escalation replies and report status changes. Written in the transaction of the change it reports; the delivery
 * job fans it out to the subscriptions and marks it.
 */
@Entity
@Table(name = "webhook_event")
@KeepsItsOwnRecord("written with the change it reports, whose own audit entry records it")
public class WebhookEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "department_id", nullable = false)
    private String departmentId;

    @Column(nullable = false)
    private String subject;

    // JSON written by the portal itself; left as written, so that what is signed is what was stored.
    @Convert(disableConversion = true)
    @Column(nullable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "fanned_out", nullable = false)
    private boolean fannedOut;

    protected WebhookEventEntity() {
    }

    public WebhookEventEntity(String eventType, String departmentId, String subject, String payload,
                              Instant occurredAt) {
        this.eventType = eventType;
        this.departmentId = departmentId;
        this.subject = subject;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventType() {
        return eventType;
    }

    public String getDepartmentId() {
        return departmentId;
    }

    public String getSubject() {
        return subject;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public boolean isFannedOut() {
        return fannedOut;
    }

    public void markFannedOut() {
        this.fannedOut = true;
    }
}
