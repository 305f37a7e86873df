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
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.training.internal.IsdipDomain;
import za.gov.dpsa.isdip.training.internal.VersionStatus;

/** One version of a course's content. A published version is never changed again. */
@Entity
@Table(name = "training_course_version")
public class CourseVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String summary;
    @Column(nullable = false)
    private String audience;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IsdipDomain domain;
    /** Mechanism names, comma-separated. */
    @Column(nullable = false)
    private String mechanisms;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(name = "pass_mark", nullable = false)
    private int passMark;
    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Version
    private long version;

    protected CourseVersionEntity() {
    }

    public CourseVersionEntity(Long courseId, int number, Instant createdAt) {
        this.courseId = courseId;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdAt = createdAt;
    }

    public void copyDetailsFrom(CourseVersionEntity other) {
        title = other.title;
        summary = other.summary;
        audience = other.audience;
        domain = other.domain;
        mechanisms = other.mechanisms;
        durationMinutes = other.durationMinutes;
        passMark = other.passMark;
        maxAttempts = other.maxAttempts;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public int getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public void setStatus(VersionStatus status) { this.status = status; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public IsdipDomain getDomain() { return domain; }
    public void setDomain(IsdipDomain domain) { this.domain = domain; }
    public String getMechanisms() { return mechanisms; }
    public void setMechanisms(String mechanisms) { this.mechanisms = mechanisms; }
    public int getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(int minutes) { this.durationMinutes = minutes; }
    public int getPassMark() { return passMark; }
    public void setPassMark(int passMark) { this.passMark = passMark; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public long getVersion() { return version; }

    public void publish(String by, Instant at) {
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }
}
