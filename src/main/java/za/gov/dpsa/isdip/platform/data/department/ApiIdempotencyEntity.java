package za.gov.dpsa.isdip.platform.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.platform.KeepsItsOwnRecord;

/** The answer given to one Idempotency-Key of one API client (department database). */
@Entity
@Table(name = "api_idempotency")
@KeepsItsOwnRecord("a stored answer to a write whose own audit entry records it; housekeeping audits its deletes")
public class ApiIdempotencyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    private int status;
    private String location;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ApiIdempotencyEntity() {
    }

    public ApiIdempotencyEntity(String clientId, String idempotencyKey, String requestHash, int status,
                                String location, String body, Instant createdAt) {
        this.clientId = clientId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.status = status;
        this.location = location;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String getRequestHash() { return requestHash; }
    public int getStatus() { return status; }
    public String getLocation() { return location; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
