package za.gov.dpsa.isdip.reporting.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;

/**
 * A submitted report: an immutable snapshot (content and its checksum never change); only DPSA's review
 * (status, reason, reviewer) is written later. Platform database.
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "department_id", nullable = false, updatable = false)
    private String departmentId;
    @Column(name = "department_name", nullable = false, updatable = false)
    private String departmentName;
    @Column(nullable = false, updatable = false)
    private String sphere;
    @Column(updatable = false)
    private String province;
    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;
    @Column(nullable = false, updatable = false)
    private int version;
    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;
    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String content;
    @Column(nullable = false, updatable = false)
    private String checksum;
    @Column(name = "review_reason", columnDefinition = "text")
    private String reviewReason;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ReportSubmissionEntity() {
    }

    public ReportSubmissionEntity(String departmentId, String departmentName, String sphere, String province,
                                  Long periodId, int version, int templateVersion, String submittedBy,
                                  Instant submittedAt, String content, String checksum) {
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.sphere = sphere;
        this.province = province;
        this.periodId = periodId;
        this.version = version;
        this.templateVersion = templateVersion;
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.content = content;
        this.checksum = checksum;
    }

    public void review(SubmissionStatus outcome, String reason, String by, Instant at) {
        this.status = outcome;
        this.reviewReason = reason;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public Long getId() { return id; }
    public String getDepartmentId() { return departmentId; }
    public String getDepartmentName() { return departmentName; }
    public String getSphere() { return sphere; }
    public String getProvince() { return province; }
    public Long getPeriodId() { return periodId; }
    public int getVersion() { return version; }
    public int getTemplateVersion() { return templateVersion; }
    public SubmissionStatus getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getContent() { return content; }
    public String getChecksum() { return checksum; }
    public String getReviewReason() { return reviewReason; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public long getRowVersion() { return rowVersion; }
}
