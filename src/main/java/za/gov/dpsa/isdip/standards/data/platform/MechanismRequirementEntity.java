package za.gov.dpsa.isdip.standards.data.platform;

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

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;

/** One demand of one mechanism, in DPSA's catalogue (platform database). */
@Entity
@Table(name = "mechanism_requirement")
public class MechanismRequirementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 30, updatable = false)
    private String code;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, columnDefinition = "text")
    private String requirement;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Mechanism mechanism;
    @Column(name = "regulation_ref", nullable = false, length = 120)
    private String regulationRef;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private BathoPelePrinciple principle;
    @Column(name = "evidence_expected", length = 1000)
    private String evidenceExpected;
    @Column(nullable = false)
    private int version;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CatalogueStatus status;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected MechanismRequirementEntity() {
    }

    public MechanismRequirementEntity(String code) {
        this.code = code;
        this.status = CatalogueStatus.DRAFT;
        this.version = 1;
    }

    public void update(String title, String requirement, Mechanism mechanism, String regulationRef,
                       BathoPelePrinciple principle, String evidenceExpected, int version, LocalDate effectiveDate,
                       String updatedBy, Instant updatedAt) {
        this.title = title;
        this.requirement = requirement;
        this.mechanism = mechanism;
        this.regulationRef = regulationRef;
        this.principle = principle;
        this.evidenceExpected = evidenceExpected;
        this.version = version;
        this.effectiveDate = effectiveDate;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public void setStatus(CatalogueStatus status, String updatedBy, Instant updatedAt) {
        this.status = status;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getRequirement() { return requirement; }
    public Mechanism getMechanism() { return mechanism; }
    public String getRegulationRef() { return regulationRef; }
    public BathoPelePrinciple getPrinciple() { return principle; }
    public String getEvidenceExpected() { return evidenceExpected; }
    public int getVersion() { return version; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public CatalogueStatus getStatus() { return status; }
    public long getRowVersion() { return rowVersion; }
}
