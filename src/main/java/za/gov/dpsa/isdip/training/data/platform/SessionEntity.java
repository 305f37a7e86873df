package za.gov.dpsa.isdip.training.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An instructor-led session of a course. */
@Entity
@Table(name = "training_session")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    private String venue;
    @Column(name = "online_link")
    private String onlineLink;
    @Column(nullable = false)
    private int capacity;
    @Column(nullable = false)
    private String trainer;
    @Column(nullable = false)
    private boolean cancelled;
    @Version
    private long version;

    protected SessionEntity() {
    }

    public SessionEntity(Long courseId, Instant startsAt, Instant endsAt, String venue, String onlineLink,
                         int capacity, String trainer) {
        this.courseId = courseId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
        this.trainer = trainer;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getVenue() { return venue; }
    public String getOnlineLink() { return onlineLink; }
    public int getCapacity() { return capacity; }
    public String getTrainer() { return trainer; }
    public boolean isCancelled() { return cancelled; }
    public void setCancelled(boolean cancelled) { this.cancelled = cancelled; }
}
