package za.gov.dpsa.isdip.cases.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One view of a citizen's personal information (POPIA s23: who has had access). */
@Entity
@Table(name = "personal_info_access")
public class PersonalInfoAccessEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "viewed_at", nullable = false, updatable = false)
    private Instant viewedAt;

    @Column(nullable = false, updatable = false)
    private String purpose;

    /** AUTHOR, ASSIGNEE, ADMINISTRATOR, REASON (another official's stated reason) or DPSA; null before it was kept. */
    @Column(updatable = false)
    private String basis;

    protected PersonalInfoAccessEntity() {
    }

    public PersonalInfoAccessEntity(Long caseId, String username, Instant viewedAt, String purpose, String basis) {
        this.caseId = caseId;
        this.username = username;
        this.viewedAt = viewedAt;
        this.purpose = purpose;
        this.basis = basis;
    }

    public Long getCaseId() { return caseId; }
    public String getUsername() { return username; }
    public Instant getViewedAt() { return viewedAt; }
    public String getPurpose() { return purpose; }
    public String getBasis() { return basis; }
}
