package za.gov.dpsa.isdip.training.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lesson an official has done, by the lesson's stable key. */
@Entity
@Table(name = "training_lesson_progress")
public class LessonProgressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(name = "lesson_key", nullable = false)
    private String lessonKey;
    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgressEntity() {
    }

    public LessonProgressEntity(Long enrolmentId, String lessonKey, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonKey = lessonKey;
        this.completedAt = completedAt;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public String getLessonKey() { return lessonKey; }
    public Instant getCompletedAt() { return completedAt; }
}
