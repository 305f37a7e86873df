package za.gov.dpsa.isdip.reporting.data.platform;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;

/** A reporting period DPSA opened; platform database. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;
    @Column(nullable = false)
    private int quarter;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "opened_by", nullable = false)
    private String openedBy;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "drafts_assembled", nullable = false)
    private boolean draftsAssembled;
    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    protected ReportingPeriodEntity() {
    }

    public ReportingPeriodEntity(int fiscalYear, int quarter, LocalDate dueOn, String openedBy, Instant openedAt) {
        this.fiscalYear = fiscalYear;
        this.quarter = quarter;
        this.startsOn = ReportingPeriod.start(fiscalYear, quarter);
        this.endsOn = ReportingPeriod.end(fiscalYear, quarter);
        this.dueOn = dueOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public ReportingPeriod toPeriod() {
        return new ReportingPeriod(id, fiscalYear, quarter, startsOn, endsOn, dueOn);
    }

    public Long getId() { return id; }
    public boolean isDraftsAssembled() { return draftsAssembled; }
    public int getRemindersSent() { return remindersSent; }
}
