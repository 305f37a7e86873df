package za.gov.dpsa.isdip.privacy.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One line of a retention run's report (platform database): counts only, no personal information. */
@Entity
@Immutable
@Table(name = "retention_run")
public class RetentionRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private String runId;

    @Column(name = "department_id", nullable = false)
    private String departmentId;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(nullable = false)
    private String retention;

    @Column(nullable = false)
    private Instant cutoff;

    @Column(nullable = false)
    private int anonymised;

    private String failure;

    protected RetentionRunEntity() {
    }

    public RetentionRunEntity(String runId, String departmentId, Instant ranAt, String startedBy, String recordType,
                              String retention, Instant cutoff, int anonymised, String failure) {
        this.runId = runId;
        this.departmentId = departmentId;
        this.ranAt = ranAt;
        this.startedBy = startedBy;
        this.recordType = recordType;
        this.retention = retention;
        this.cutoff = cutoff;
        this.anonymised = anonymised;
        this.failure = failure;
    }

    public Long getId() { return id; }
    public String getRunId() { return runId; }
    public String getDepartmentId() { return departmentId; }
    public Instant getRanAt() { return ranAt; }
    public String getStartedBy() { return startedBy; }
    public String getRecordType() { return recordType; }
    public String getRetention() { return retention; }
    public Instant getCutoff() { return cutoff; }
    public int getAnonymised() { return anonymised; }
    public String getFailure() { return failure; }
}
