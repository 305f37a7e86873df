package za.gov.dpsa.isdip.advocacy.data.department;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A campaign activity the department held, in its own database; the campaign is DPSA's (by id and name). */
@Entity
@Table(name = "advocacy_activity")
public class ActivityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "campaign_name", nullable = false)
    private String campaignName;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String type;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "people_reached", nullable = false)
    private int peopleReached;

    @Column(name = "service_point")
    private String servicePoint;

    @Column(name = "logged_by", nullable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected ActivityEntity() {
    }

    public ActivityEntity(long campaignId, String campaignName, String title, LocalDate heldOn, String type,
                          String description, int peopleReached, String servicePoint, String loggedBy,
                          Instant loggedAt) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.title = title;
        this.heldOn = heldOn;
        this.type = type;
        this.description = description;
        this.peopleReached = peopleReached;
        this.servicePoint = servicePoint;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public String getCampaignName() { return campaignName; }
    public String getTitle() { return title; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getType() { return type; }
    public String getDescription() { return description; }
    public int getPeopleReached() { return peopleReached; }
    public String getServicePoint() { return servicePoint; }
    public String getLoggedBy() { return loggedBy; }
    public Instant getLoggedAt() { return loggedAt; }
}
