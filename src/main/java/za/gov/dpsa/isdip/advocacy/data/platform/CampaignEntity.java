package za.gov.dpsa.isdip.advocacy.data.platform;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A campaign DPSA runs, in the platform database; participants are department ids, comma-separated. */
@Entity
@Table(name = "advocacy_campaign")
public class CampaignEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "all_departments", nullable = false)
    private boolean allDepartments;

    @Column(columnDefinition = "text")
    private String participants;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CampaignEntity() {
    }

    public CampaignEntity(String createdBy) {
        this.createdBy = createdBy;
    }

    public void change(String name, String description, LocalDate startsOn, LocalDate endsOn, boolean allDepartments,
                       String participants, Instant at) {
        this.name = name;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.allDepartments = allDepartments;
        this.participants = participants;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isAllDepartments() { return allDepartments; }
    public String getParticipants() { return participants; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
