package za.gov.dpsa.isdip.reporting.data.platform;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** That a department has started its report for a period: all DPSA learns of a draft. Platform database. */
@Entity
@Table(name = "report_progress")
@IdClass(ReportProgressEntity.Key.class)
public class ReportProgressEntity {

    @Id
    @Convert(disableConversion = true)
    @Column(name = "department_id")
    private String departmentId;
    @Id
    @Column(name = "period_id")
    private Long periodId;
    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    protected ReportProgressEntity() {
    }

    public ReportProgressEntity(String departmentId, Long periodId, Instant draftedAt) {
        this.departmentId = departmentId;
        this.periodId = periodId;
        this.draftedAt = draftedAt;
    }

    public String getDepartmentId() { return departmentId; }
    public Long getPeriodId() { return periodId; }

    /** The composite key. */
    public record Key(String departmentId, Long periodId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
