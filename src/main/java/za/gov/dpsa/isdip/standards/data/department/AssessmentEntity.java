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

import za.gov.dpsa.isdip.standards.internal.Rating;

/**
 * A self-assessment of one harmonised standard by the department (department database). Every answer is kept;
 * the current one carries the standard's code in {@code current_code}, which is unique, so there is never a
 * second current answer.
 */
@Entity
@Table(name = "standard_assessment")
public class AssessmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "standard_code", nullable = false, length = 20, updatable = false)
    private String standardCode;
    @Column(name = "standard_version", nullable = false, updatable = false)
    private int standardVersion;
    @Column(name = "standard_title", nullable = false, length = 200, updatable = false)
    private String standardTitle;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Rating rating;
    @Column(name = "evidence_text", columnDefinition = "text", updatable = false)
    private String evidenceText;
    @Column(name = "evidence_link", length = 500, updatable = false)
    private String evidenceLink;
    @Column(name = "evidence_file_id", updatable = false)
    private Long evidenceFileId;
    @Column(nullable = false, length = 100, updatable = false)
    private String assessor;
    @Column(name = "assessor_name", nullable = false, length = 200, updatable = false)
    private String assessorName;
    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;
    @Column(name = "assessed_at", nullable = false, updatable = false)
    private Instant assessedAt;
    @Column(name = "current_code", length = 20)
    private String currentCode;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected AssessmentEntity() {
    }

    public AssessmentEntity(String standardCode, int standardVersion, String standardTitle, Rating rating,
                            String evidenceText, String evidenceLink, Long evidenceFileId, String assessor,
                            String assessorName, LocalDate assessedOn, Instant assessedAt) {
        this.standardCode = standardCode;
        this.standardVersion = standardVersion;
        this.standardTitle = standardTitle;
        this.rating = rating;
        this.evidenceText = evidenceText;
        this.evidenceLink = evidenceLink;
        this.evidenceFileId = evidenceFileId;
        this.assessor = assessor;
        this.assessorName = assessorName;
        this.assessedOn = assessedOn;
        this.assessedAt = assessedAt;
        this.currentCode = standardCode;
    }

    /** A newer answer replaced this one; it stays in the history. */
    public void supersede() {
        this.currentCode = null;
    }

    public Long getId() { return id; }
    public String getStandardCode() { return standardCode; }
    public int getStandardVersion() { return standardVersion; }
    public String getStandardTitle() { return standardTitle; }
    public Rating getRating() { return rating; }
    public String getEvidenceText() { return evidenceText; }
    public String getEvidenceLink() { return evidenceLink; }
    public Long getEvidenceFileId() { return evidenceFileId; }
    public String getAssessor() { return assessor; }
    public String getAssessorName() { return assessorName; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public Instant getAssessedAt() { return assessedAt; }
    public boolean isCurrent() { return currentCode != null; }
    public long getRowVersion() { return rowVersion; }
}
