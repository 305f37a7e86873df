package za.gov.dpsa.isdip.platform.data.both;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An audit entry, read-only to the portal (written by AuditWriter on the connection of the change). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String username;
    private String tenant;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    private String detail;
    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEventEntity() {
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public String getTenant() { return tenant; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getDetail() { return detail; }
    public String getClientAddress() { return clientAddress; }
}
