package za.gov.dpsa.isdip.standards.data;

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

    public Long getId() { return id; }
    public Long getCoreServiceId() { return coreServiceId; }
    public String getTitle() { return title; }
    public String getVersion() { return version; }
    public String getEvidenceLink() { return evidenceLink; }
    public Long getEvidenceFileId() { return evidenceFileId; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public long getRowVersion() { return rowVersion; }
}
