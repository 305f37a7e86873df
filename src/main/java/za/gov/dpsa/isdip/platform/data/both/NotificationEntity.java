package za.gov.dpsa.isdip.platform.data.both;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An in-app notification. The table exists in every department's database and in the platform database: a
 * department official's notifications stay in their department, DPSA's in the platform.
 */
@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    // Parts joined by U+001F, which the free-text cleaning of text columns would remove: each part is text
    // already cleaned where it came from, or cleaned as it is joined.
    @Convert(disableConversion = true)
    private String params;

    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationEntity() {
    }

    public NotificationEntity(String recipient, Instant createdAt, String messageKey, String params, String link) {
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.params = params;
        this.link = link;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getParams() {
        return params;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
