package za.gov.dpsa.isdip.standards.data.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;

/** One version of a harmonised standard and the mechanism requirements it answers (platform database). */
@Entity
@Table(name = "harmonised_standard")
public class HarmonisedStandardEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 20, updatable = false)
    private String code;
    @Column(nullable = false, updatable = false)
    private int version;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, columnDefinition = "text")
    private String requirement;
    @Column(name = "evidence_expected", nullable = false, length = 1000)
    private String evidenceExpected;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CatalogueStatus status;
    @Column(name = "published_by", length = 100)
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @ManyToMany
    @JoinTable(name = "harmonised_standard_link", joinColumns = @JoinColumn(name = "standard_id"),
            inverseJoinColumns = @JoinColumn(name = "requirement_id"))
    private Set<MechanismRequirementEntity> requirements = new LinkedHashSet<>();
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected HarmonisedStandardEntity() {
    }

    public HarmonisedStandardEntity(String code, int version) {
        this.code = code;
        this.version = version;
        this.status = CatalogueStatus.DRAFT;
    }

    public void update(String title, String requirement, String evidenceExpected, LocalDate effectiveDate,
                       Set<MechanismRequirementEntity> requirements, String updatedBy, Instant updatedAt) {
        this.title = title;
        this.requirement = requirement;
        this.evidenceExpected = evidenceExpected;
        this.effectiveDate = effectiveDate;
        this.requirements.clear();
        this.requirements.addAll(requirements);
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public void publish(String by, Instant at) {
        this.status = CatalogueStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void setStatus(CatalogueStatus status, String by, Instant at) {
        this.status = status;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public String getRequirement() { return requirement; }
    public String getEvidenceExpected() { return evidenceExpected; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public CatalogueStatus getStatus() { return status; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public Set<MechanismRequirementEntity> getRequirements() { return requirements; }
    public long getRowVersion() { return rowVersion; }
}
