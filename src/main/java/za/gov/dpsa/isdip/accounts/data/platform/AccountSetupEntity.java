package za.gov.dpsa.isdip.accounts.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time account setup link (platform database): only the SHA-256 of its token is kept. */
@Entity
@Table(name = "account_setup")
public class AccountSetupEntity {

    @Id
    @Convert(disableConversion = true)
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "keycloak_user_id", nullable = false)
    private String keycloakUserId;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "department_id", nullable = false)
    private String departmentId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountSetupEntity() {
    }

    public AccountSetupEntity(String tokenHash, String keycloakUserId, String username, String displayName,
                              String departmentId, String createdBy, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.keycloakUserId = keycloakUserId;
        this.username = username;
        this.displayName = displayName;
        this.departmentId = departmentId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    public void markUnused() {
        this.usedAt = null;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getKeycloakUserId() {
        return keycloakUserId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDepartmentId() {
        return departmentId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
