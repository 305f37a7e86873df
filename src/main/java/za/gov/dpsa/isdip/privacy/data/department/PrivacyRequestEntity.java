package za.gov.dpsa.isdip.privacy.data.department;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A data-subject request as the department registered it. */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false)
    private String kind;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(name = "subject_id_number")
    private String subjectIdNumber;

    @Column(name = "subject_email")
    private String subjectEmail;

    @Column(name = "subject_phone")
    private String subjectPhone;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false)
    private String status;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(columnDefinition = "text")
    private String outcome;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    protected PrivacyRequestEntity() {
    }

    public PrivacyRequestEntity(String reference, String kind, String subjectName, String subjectIdNumber,
                                String subjectEmail, String subjectPhone, LocalDate receivedOn, String openedBy,
                                Instant openedAt) {
        this.reference = reference;
        this.kind = kind;
        this.subjectName = subjectName;
        this.subjectIdNumber = subjectIdNumber;
        this.subjectEmail = subjectEmail;
        this.subjectPhone = subjectPhone;
        this.receivedOn = receivedOn;
        this.status = "OPEN";
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public void close(String by, Instant at, String outcome) {
        this.status = "CLOSED";
        this.closedBy = by;
        this.closedAt = at;
        this.outcome = outcome;
    }

    /** Keeps the request as a record of what was done, without the person it was about. */
    public void anonymise(String marker, Instant at) {
        this.subjectName = marker;
        this.subjectIdNumber = null;
        this.subjectEmail = null;
        this.subjectPhone = null;
        this.anonymisedAt = at;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getKind() { return kind; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectIdNumber() { return subjectIdNumber; }
    public String getSubjectEmail() { return subjectEmail; }
    public String getSubjectPhone() { return subjectPhone; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getOutcome() { return outcome; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
    public long getVersion() { return version; }
}
