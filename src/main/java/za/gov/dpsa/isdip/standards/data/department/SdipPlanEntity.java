package za.gov.dpsa.isdip.standards.data.department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.standards.internal.SdipStatus;

/** The department's SDIP for one cycle (department database). */
@Entity
@Table(name = "sdip_plan")
public class SdipPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "start_year", nullable = false)
    private int startYear;
    @Column(nullable = false)
    private int years;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SdipStatus status;
    @Column(columnDefinition = "text")
    private String consultation;
    @Column(name = "access_arrangements", columnDefinition = "text")
    private String accessArrangements;
    @Column(name = "submitted_by", length = 100)
    private String submittedBy;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "approved_by", length = 200)
    private String approvedBy;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<SdipServiceEntity> services = new ArrayList<>();
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SdipPlanEntity() {
    }

    public SdipPlanEntity(int startYear, int years) {
        this.startYear = startYear;
        this.years = years;
        this.status = SdipStatus.DRAFT;
    }

    public void update(int startYear, int years, String consultation, String accessArrangements, String by,
                       Instant at) {
        this.startYear = startYear;
        this.years = years;
        this.consultation = consultation;
        this.accessArrangements = accessArrangements;
        touch(by, at);
    }

    public void submit(String by, LocalDate on, Instant at) {
        this.status = SdipStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedOn = on;
        touch(by, at);
    }

    public void approve(String approver, LocalDate on, String by, Instant at) {
        this.status = SdipStatus.APPROVED;
        this.approvedBy = approver;
        this.approvedOn = on;
        touch(by, at);
    }

    /** A change to a submitted or approved plan sends it back to draft: the sign-off was for the old text. */
    public void reopen(String by, Instant at) {
        this.status = SdipStatus.DRAFT;
        this.approvedBy = null;
        this.approvedOn = null;
        touch(by, at);
    }

    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public int getStartYear() { return startYear; }
    public int getYears() { return years; }
    public SdipStatus getStatus() { return status; }
    public String getConsultation() { return consultation; }
    public String getAccessArrangements() { return accessArrangements; }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<SdipServiceEntity> getServices() { return services; }
    public long getRowVersion() { return rowVersion; }
}
