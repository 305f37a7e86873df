package za.gov.dpsa.isdip.reporting.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The department's report in preparation (its own database): narratives and manual figures, as JSON maps. */
@Entity
@Table(name = "report_draft")
public class ReportDraftEntity {

    @Id
    @Column(name = "period_id")
    private Long periodId;
    @Column(nullable = false, columnDefinition = "text")
    private String narratives;
    @Column(name = "manual_values", nullable = false, columnDefinition = "text")
    private String manualValues;
    @Column(name = "assembled_figures", columnDefinition = "text")
    private String assembledFigures;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ReportDraftEntity() {
    }

    public ReportDraftEntity(Long periodId) {
        this.periodId = periodId;
        this.narratives = "{}";
        this.manualValues = "{}";
    }

    public void update(String narratives, String manualValues, String by, Instant at) {
        this.narratives = narratives;
        this.manualValues = manualValues;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void assembled(String figures, String by, Instant at) {
        this.assembledFigures = figures;
        if (this.updatedBy == null) {
            this.updatedBy = by;
            this.updatedAt = at;
        }
    }

    public Long getPeriodId() { return periodId; }
    public String getNarratives() { return narratives; }
    public String getManualValues() { return manualValues; }
    public String getAssembledFigures() { return assembledFigures; }
    public long getVersion() { return version; }
}
