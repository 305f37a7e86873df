package za.gov.dpsa.isdip.cases.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period the resolution clock stood still because the case awaited information. */
@Entity
@Table(name = "case_pause")
public class CasePauseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "paused_from", nullable = false)
    private Instant pausedFrom;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    protected CasePauseEntity() {
    }

    public CasePauseEntity(Long caseId, Instant pausedFrom) {
        this.caseId = caseId;
        this.pausedFrom = pausedFrom;
    }

    public Long getCaseId() { return caseId; }
    public Instant getPausedFrom() { return pausedFrom; }
    public Instant getPausedUntil() { return pausedUntil; }
    public void end(Instant at) { this.pausedUntil = at; }
}
