package za.gov.dpsa.isdip.standards.data.department;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.standards.internal.ProcessMapStatus;

/**
 * A core mandated service of the department (OMF, PSR 2016 reg. 36) and its business process map; lives in the
 * department's database. A retired service is kept, with its date, for its history and the SDIPs that name it.
 */
@Entity
@Table(name = "core_service")
public class CoreServiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String recipients;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "map_status", nullable = false, length = 12)
    private ProcessMapStatus mapStatus = ProcessMapStatus.NOT_STARTED;

    @Column(name = "map_evidence_link", length = 500)
    private String mapEvidenceLink;

    @Column(name = "map_evidence_file_id")
    private Long mapEvidenceFileId;

    @Column(name = "map_approved_by", length = 200)
    private String mapApprovedBy;

    @Column(name = "map_approved_on")
    private LocalDate mapApprovedOn;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CoreServiceEntity() {
    }

    public CoreServiceEntity(String name, String recipients, Instant createdAt) {
        this.name = name;
        this.recipients = recipients;
        this.createdAt = createdAt;
    }

    public void rename(String name, String recipients, String by, Instant at) {
        this.name = name;
        this.recipients = recipients;
        touch(by, at);
    }

    /** Retires the service on a date. */
    public void retire(LocalDate on, String by, Instant at) {
        this.retiredOn = java.util.Objects.requireNonNull(on);
        touch(by, at);
    }

    /** Brings a retired service back into the register. */
    public void reinstate(String by, Instant at) {
        this.retiredOn = null;
        touch(by, at);
    }

    public void map(ProcessMapStatus status, String evidenceLink, Long evidenceFileId, String approvedBy,
                    LocalDate approvedOn, String by, Instant at) {
        this.mapStatus = status;
        this.mapEvidenceLink = evidenceLink;
        this.mapEvidenceFileId = evidenceFileId;
        this.mapApprovedBy = approvedBy;
        this.mapApprovedOn = approvedOn;
        touch(by, at);
    }

    /** Records who changed the service last and when (also who added it). */
    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getRecipients() { return recipients; }
    public LocalDate getRetiredOn() { return retiredOn; }
    public ProcessMapStatus getMapStatus() { return mapStatus; }
    public String getMapEvidenceLink() { return mapEvidenceLink; }
    public Long getMapEvidenceFileId() { return mapEvidenceFileId; }
    public String getMapApprovedBy() { return mapApprovedBy; }
    public LocalDate getMapApprovedOn() { return mapApprovedOn; }
    public String getUpdatedBy() { return updatedBy; }
    public long getRowVersion() { return rowVersion; }
}
