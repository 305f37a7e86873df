package za.gov.dpsa.isdip.training.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import za.gov.dpsa.isdip.training.internal.RegistrationStatus;

/** An official's place on a session (or on its waiting list), and whether they attended. */
@Entity
@Table(name = "training_registration")
public class RegistrationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(name = "department_id", nullable = false)
    private String departmentId;
    @Column(nullable = false)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    private Boolean attended;

    protected RegistrationEntity() {
    }

    public RegistrationEntity(Long sessionId, String departmentId, String username, String displayName,
                              RegistrationStatus status, Instant registeredAt) {
        this.sessionId = sessionId;
        this.departmentId = departmentId;
        this.username = username;
        this.displayName = displayName;
        this.status = status;
        this.registeredAt = registeredAt;
    }

    /** The registrant's name as a correction or anonymisation (POPIA) sets it. */
    public void rename(String displayName) { this.displayName = displayName; }
    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public String getDepartmentId() { return departmentId; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public Instant getRegisteredAt() { return registeredAt; }
    public void setRegisteredAt(Instant at) { this.registeredAt = at; }
    public Boolean getAttended() { return attended; }
    public void setAttended(Boolean attended) { this.attended = attended; }
}
