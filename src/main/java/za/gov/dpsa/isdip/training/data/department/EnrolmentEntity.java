package za.gov.dpsa.isdip.training.data.department;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import za.gov.dpsa.isdip.training.internal.EnrolmentSource;

/** An official's enrolment in a course (department data), on the version they enrolled in. */
@Entity
@Table(name = "training_enrolment")
public class EnrolmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(name = "course_title", nullable = false)
    private String courseTitle;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentSource source;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "last_lesson_key")
    private String lastLessonKey;
    @Column(name = "certificate_code")
    private String certificateCode;
    @Version
    private long version;

    protected EnrolmentEntity() {
    }

    public EnrolmentEntity(String username, String displayName, Long courseId, Long versionId, String courseTitle,
                           EnrolmentSource source, String assignedBy, LocalDate dueOn, Instant enrolledAt) {
        this.username = username;
        this.displayName = displayName;
        this.courseId = courseId;
        this.versionId = versionId;
        this.courseTitle = courseTitle;
        this.source = source;
        this.assignedBy = assignedBy;
        this.dueOn = dueOn;
        this.enrolledAt = enrolledAt;
    }

    /** The learner's name as a correction or anonymisation (POPIA) sets it. */
    public void rename(String displayName) { this.displayName = displayName; }

    /** Cuts the record loose from the person: no name, and a pseudonym for the account (POPIA anonymisation). */
    public void forget(String marker) {
        this.displayName = marker;
        this.username = "former-" + id;
    }
    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public Long getCourseId() { return courseId; }
    public Long getVersionId() { return versionId; }
    public void setVersionId(Long versionId) { this.versionId = versionId; }
    public String getCourseTitle() { return courseTitle; }
    public void setCourseTitle(String title) { this.courseTitle = title; }
    public EnrolmentSource getSource() { return source; }
    public String getAssignedBy() { return assignedBy; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getLastLessonKey() { return lastLessonKey; }
    public void setLastLessonKey(String key) { this.lastLessonKey = key; }
    public String getCertificateCode() { return certificateCode; }
    public long getVersion() { return version; }

    public void assign(String by, LocalDate dueOn) {
        this.source = EnrolmentSource.ASSIGNED;
        this.assignedBy = by;
        this.dueOn = dueOn;
    }

    public void complete(Instant at, String certificateCode) {
        this.completedAt = at;
        this.certificateCode = certificateCode;
    }

    public boolean isOverdue(LocalDate today) {
        return completedAt == null && dueOn != null && dueOn.isBefore(today);
    }
}
