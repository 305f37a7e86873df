package za.gov.dpsa.isdip.standards.data.department;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A standard operating procedure of a core service (department database). */
@Entity
@Table(name = "service_sop")
public class ServiceSopEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "core_service_id", nullable = false, updatable = false)
    private Long coreServiceId;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false, length = 20)
    private String version;
    @Column(name = "evidence_link", length = 500)
    private String evidenceLink;
    @Column(name = "evidence_file_id")
    private Long evidenceFileId;
    @Column(name = "approved_by", length = 200)
    private String approvedBy;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;
    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawn_reason", length = 300)
    private String withdrawnReason;
    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ServiceSopEntity() {
    }

    public ServiceSopEntity(Long coreServiceId, String createdBy, Instant createdAt) {
        this.coreServiceId = coreServiceId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void update(String title, String version, String evidenceLink, Long evidenceFileId, String approvedBy,
                       LocalDate approvedOn, LocalDate nextReviewOn, String by, Instant at) {
        this.title = title;
        this.version = version;
        this.evidenceLink = evidenceLink;
        this.evidenceFileId = evidenceFileId;
        this.approvedBy = approvedBy;
        this.approvedOn = approvedOn;
        this.nextReviewOn = nextReviewOn;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Withdrawn (superseded or no longer used): kept for the record, no longer current. */
    public void withdraw(LocalDate on, String reason, String by, Instant at) {
        this.withdrawnOn = on;
        this.withdrawnReason = reason;
        this.withdrawnBy = by;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void reinstate(String by, Instant at) {
        this.withdrawnOn = null;
        this.withdrawnReason = null;
        this.withdrawnBy = null;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getCoreServiceId() { return coreServiceId; }
    public String getTitle() { return title; }
    public String getVersion() { return version; }
    public String getEvidenceLink() { return evidenceLink; }
    public Long getEvidenceFileId() { return evidenceFileId; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public String getWithdrawnReason() { return withdrawnReason; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public long getRowVersion() { return rowVersion; }
}
