package za.gov.dpsa.isdip.cases.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.cases.data.department.CaseCitizenEntity;
import za.gov.dpsa.isdip.cases.data.department.SupportCaseEntity;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.cases.internal.EscalationState;
import za.gov.dpsa.isdip.core.Mechanism;

/** A case a department escalated to DPSA: a copy of what it chose to share, in the platform database. */
@Entity
@Table(name = "escalation")
public class EscalationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_id", nullable = false, updatable = false)
    private String departmentId;

    @Column(name = "department_name", nullable = false)
    private String departmentName;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_reference", nullable = false)
    private String caseReference;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Mechanism category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CasePriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_status", nullable = false)
    private CaseStatus caseStatus;

    @Column(nullable = false, columnDefinition = "text")
    private String reason;

    @Column(name = "citizen_shared", nullable = false)
    private boolean citizenShared;

    @Column(name = "citizen_name")
    private String citizenName;

    @Column(name = "citizen_phone")
    private String citizenPhone;

    @Column(name = "citizen_email")
    private String citizenEmail;

    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    @Column(name = "escalated_by", nullable = false)
    private String escalatedBy;

    @Column(name = "dpsa_assignee")
    private String dpsaAssignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "dpsa_state", nullable = false)
    private EscalationState dpsaState;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private long version;

    protected EscalationEntity() {
    }

    public EscalationEntity(String departmentId, String departmentName, Long caseId) {
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.caseId = caseId;
        this.dpsaState = EscalationState.OPEN;
    }

    public void copyCase(SupportCaseEntity supportCase) {
        this.caseReference = supportCase.getReference();
        this.title = supportCase.getTitle();
        this.description = supportCase.getDescription();
        this.category = supportCase.getCategory();
        this.priority = supportCase.getPriority();
        this.caseStatus = supportCase.getStatus();
    }

    public void escalate(String reason, Instant at, String by, CaseCitizenEntity sharedCitizen) {
        this.reason = reason;
        this.escalatedAt = at;
        this.escalatedBy = by;
        this.dpsaState = EscalationState.OPEN;
        this.doneAt = null;
        this.citizenShared = sharedCitizen != null;
        this.citizenName = sharedCitizen == null ? null : sharedCitizen.getFullName();
        this.citizenPhone = sharedCitizen == null ? null : sharedCitizen.getPhone();
        this.citizenEmail = sharedCitizen == null ? null : sharedCitizen.getEmail();
    }

    public Long getId() { return id; }
    public String getDepartmentId() { return departmentId; }
    public String getDepartmentName() { return departmentName; }
    public Long getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Mechanism getCategory() { return category; }
    public CasePriority getPriority() { return priority; }
    public CaseStatus getCaseStatus() { return caseStatus; }
    public void setCaseStatus(CaseStatus caseStatus) { this.caseStatus = caseStatus; }

    /** Applies a correction of the citizen's details to DPSA's copy, if it was shared. */
    public void correctCitizen(String name, String phone, String email) {
        if (citizenShared) {
            this.citizenName = name;
            this.citizenPhone = phone;
            this.citizenEmail = email;
        }
    }

    /** Drops DPSA's copy of the citizen and rewrites the copied texts with {@code scrub}. */
    public void forgetCitizen(java.util.function.UnaryOperator<String> scrub) {
        this.citizenName = null;
        this.citizenPhone = null;
        this.citizenEmail = null;
        this.title = scrub.apply(title);
        this.description = scrub.apply(description);
        this.reason = scrub.apply(reason);
    }
    public String getReason() { return reason; }
    public boolean isCitizenShared() { return citizenShared; }
    public String getCitizenName() { return citizenName; }
    public String getCitizenPhone() { return citizenPhone; }
    public String getCitizenEmail() { return citizenEmail; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public String getEscalatedBy() { return escalatedBy; }
    public String getDpsaAssignee() { return dpsaAssignee; }
    public void setDpsaAssignee(String dpsaAssignee) { this.dpsaAssignee = dpsaAssignee; }
    public EscalationState getDpsaState() { return dpsaState; }
    public void markDone(Instant at) { this.dpsaState = EscalationState.DONE; this.doneAt = at; }
    public Instant getDoneAt() { return doneAt; }
    public long getVersion() { return version; }
}
