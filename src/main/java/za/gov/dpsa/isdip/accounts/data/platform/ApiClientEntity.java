package za.gov.dpsa.isdip.accounts.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One API client in the portal's register (platform database). */
@Entity
@Table(name = "api_client")
public class ApiClientEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "keycloak_id")
    private String keycloakId;
    @Column(name = "department_id")
    private String departmentId;
    private String name;
    private String description;
    @Column(name = "requests_per_minute")
    private int requestsPerMinute;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;
    @Column(name = "secret_rotated_by")
    private String secretRotatedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Version
    private long version;

    protected ApiClientEntity() {
    }

    public ApiClientEntity(String clientId, String departmentId, String name, String description,
                           int requestsPerMinute, String createdBy, Instant createdAt) {
        this.clientId = clientId;
        this.departmentId = departmentId;
        this.name = name;
        this.description = description;
        this.requestsPerMinute = requestsPerMinute;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void madeInKeycloak(String keycloakId) {
        this.keycloakId = keycloakId;
    }

    public void rotated(String by, Instant at) {
        this.secretRotatedBy = by;
        this.secretRotatedAt = at;
    }

    public void limitTo(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public void revoked(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public String getKeycloakId() { return keycloakId; }
    public String getDepartmentId() { return departmentId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSecretRotatedAt() { return secretRotatedAt; }
    public String getSecretRotatedBy() { return secretRotatedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public boolean isActive() { return revokedAt == null; }
}
