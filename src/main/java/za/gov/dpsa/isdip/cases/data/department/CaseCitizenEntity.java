package za.gov.dpsa.isdip.cases.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Personal information of a citizen or complainant (POPIA); kept apart so case lists never load it. */
@Entity
@Table(name = "case_citizen")
public class CaseCitizenEntity {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "id_number")
    private String idNumber;

    private String phone;

    private String email;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected CaseCitizenEntity() {
    }

    public CaseCitizenEntity(Long caseId, String fullName, String idNumber, String phone, String email) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.idNumber = idNumber;
        this.phone = phone;
        this.email = email;
    }

    /** Applies a correction the citizen asked for (POPIA s24). */
    public void correct(String fullName, String idNumber, String phone, String email) {
        this.fullName = fullName;
        this.idNumber = idNumber;
        this.phone = phone;
        this.email = email;
    }

    /** Removes everything that identifies the citizen; the case keeps that it had a citizen. */
    public void anonymise(String marker, Instant at) {
        this.fullName = marker;
        this.idNumber = null;
        this.phone = null;
        this.email = null;
        this.anonymisedAt = at;
    }

    public Instant getAnonymisedAt() { return anonymisedAt; }
    public Long getCaseId() { return caseId; }
    public String getFullName() { return fullName; }
    public String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
}
