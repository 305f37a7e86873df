package za.gov.dpsa.isdip.tenancy.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Keycloak session that ended, by its {@code sid}, or, when Keycloak named only the user, by the user's
 * {@code sub} and the time (platform database).
 */
@Entity
@Table(name = "ended_keycloak_session")
public class EndedKeycloakSessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "keycloak_session_id")
    private String keycloakSessionId;

    @Column(name = "subject")
    private String subject;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "ended_at_epoch_ms", nullable = false)
    private long endedAtEpochMilli;

    protected EndedKeycloakSessionEntity() {
    }

    public EndedKeycloakSessionEntity(String keycloakSessionId, String subject, String reason, Instant endedAt) {
        this.keycloakSessionId = keycloakSessionId;
        this.subject = subject;
        this.reason = reason;
        this.endedAtEpochMilli = endedAt.toEpochMilli();
    }

    public String getKeycloakSessionId() {
        return keycloakSessionId;
    }

    public String getSubject() {
        return subject;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEndedAt() {
        return Instant.ofEpochMilli(endedAtEpochMilli);
    }
}
