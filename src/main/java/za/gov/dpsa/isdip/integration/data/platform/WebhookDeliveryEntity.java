package za.gov.dpsa.isdip.integration.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.platform.KeepsItsOwnRecord;

/**
 * One outbox event for one subscription, and where its delivery stands: a row of the delivery log. The body sent
 * is fixed when the row is written, so every attempt sends (and signs) the same bytes.
 */
@Entity
@Table(name = "webhook_delivery")
@KeepsItsOwnRecord("the delivery log itself: every attempt is in its row; a person's Retry now is audited by WebhookDeliveryLog")
public class WebhookDeliveryEntity {

    /** Where a delivery stands. */
    public enum Status {
        /** Not tried yet, or waiting behind an earlier delivery of its subject. */
        PENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Tried and refused or unreachable; tried again at {@code next_attempt_at}. */
        FAILING,
        /** Failing for longer than the portal keeps trying; only "Retry now" sends it again. */
        GAVE_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "department_id")
    private String departmentId;

    @Column(name = "source_database", nullable = false)
    private String sourceDatabase;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(nullable = false)
    private String subject;

    @Convert(disableConversion = true)
    @Column(nullable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDeliveryEntity() {
    }

    public WebhookDeliveryEntity(WebhookSubscriptionEntity subscription, String sourceDatabase, long eventId,
                                 String eventType, String subject, String payload, Instant occurredAt, Instant now) {
        this.subscriptionId = subscription.getId();
        this.clientId = subscription.getClientId();
        this.departmentId = subscription.getDepartmentId();
        this.sourceDatabase = sourceDatabase;
        this.eventId = eventId;
        this.eventType = eventType;
        this.subject = subject;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    public void delivered(int statusCode, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        lastStatusCode = statusCode;
        lastError = null;
        lastAttemptAt = now;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** A failed attempt: tried again at {@code next}, or never again when {@code next} is null. */
    public void failed(Integer statusCode, String error, Instant now, Instant next) {
        attempts++;
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.length() > 200 ? error.substring(0, 200) : error;
        lastAttemptAt = now;
        status = next == null ? Status.GAVE_UP : Status.FAILING;
        nextAttemptAt = next;
    }

    /**
     * Sends it at the next run, whatever its schedule said. One given up is tried once more: giving up still counts
     * from when the delivery was written, so if that attempt fails too it is given up again.
     */
    public void retryNow(Instant now) {
        status = status == Status.GAVE_UP ? Status.FAILING : status;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public String getClientId() {
        return clientId;
    }

    public String getDepartmentId() {
        return departmentId;
    }

    public String getSourceDatabase() {
        return sourceDatabase;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
