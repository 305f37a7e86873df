package za.gov.dpsa.isdip.integration.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A webhook an API client registered: where to send which events, and the key to sign them with. Its department is
 * the client's (from its token), null for a DPSA analytics client. Deleting one through the API deactivates it, so
 * that the delivery log keeps its deliveries.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "department_id")
    private String departmentId;

    @Convert(disableConversion = true)
    @Column(nullable = false)
    private String url;

    /** Event type names, comma-separated. */
    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    /** The HMAC key, sealed ({@code platform.SealedSecrets}): the database never holds it as it is. */
    @Convert(disableConversion = true)
    @Column(name = "signing_secret", nullable = false)
    private String sealedSigningSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active;

    protected WebhookSubscriptionEntity() {
    }

    public WebhookSubscriptionEntity(String clientId, String departmentId, String url, String eventTypes,
                                     String sealedSigningSecret, Instant createdAt) {
        this.clientId = clientId;
        this.departmentId = departmentId;
        this.url = url;
        this.eventTypes = eventTypes;
        this.sealedSigningSecret = sealedSigningSecret;
        this.createdAt = createdAt;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getDepartmentId() {
        return departmentId;
    }

    public String getUrl() {
        return url;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public String getSealedSigningSecret() {
        return sealedSigningSecret;
    }

    /** The same secret, sealed again (with the current key after a rotation). */
    public void resealSigningSecret(String sealed) {
        this.sealedSigningSecret = sealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }
}
