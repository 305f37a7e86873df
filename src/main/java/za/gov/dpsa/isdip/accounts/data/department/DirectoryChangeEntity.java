package za.gov.dpsa.isdip.accounts.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to a department user's Keycloak account made through the portal (invite, roles, disable). Keycloak
 * holds the account; this row, in the department's own database, is the department's record of who changed
 * what (and, as an entity, it is in the audit trail too).
 */
@Entity
@Table(name = "directory_change")
public class DirectoryChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "target_username", nullable = false)
    private String targetUsername;

    @Column(nullable = false)
    private String action;

    private String detail;

    protected DirectoryChangeEntity() {
    }

    public DirectoryChangeEntity(Instant occurredAt, String actor, String targetUsername, String action,
                                 String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.targetUsername = targetUsername;
        this.action = action;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getTargetUsername() {
        return targetUsername;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
