package za.gov.dpsa.isdip.tenancy.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One explicit crossing of a tenant boundary: a DPSA super-admin entering or leaving a department, or a
 * platform job working inside one. Written once, never changed; lives in the platform database.
 */
@Entity
@Table(name = "tenant_access_log")
public class TenantAccessEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "department_id", nullable = false, updatable = false)
    private String departmentId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false, length = 500)
    // Parts joined by U+001F, which the free-text cleaning of text columns would remove: each part is text
    // already cleaned where it came from, or cleaned as it is joined.
    @Convert(disableConversion = true)
    private String reason;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    protected TenantAccessEntity() {
    }

    public TenantAccessEntity(Instant occurredAt, String username, String departmentId, String action, String reason,
                              String clientAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.departmentId = departmentId;
        this.action = action;
        this.reason = reason;
        this.clientAddress = clientAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDepartmentId() {
        return departmentId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
