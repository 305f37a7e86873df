package za.gov.dpsa.isdip.training.data.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The counts a department publishes for one course: what trainers and DPSA see, never the learners. */
@Entity
@Table(name = "training_summary")
public class SummaryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "department_id", nullable = false)
    private String departmentId;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(nullable = false)
    private int enrolled;
    @Column(name = "in_progress", nullable = false)
    private int inProgress;
    @Column(nullable = false)
    private int completed;
    @Column(nullable = false)
    private int overdue;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SummaryEntity() {
    }

    public SummaryEntity(String departmentId, Long courseId) {
        this.departmentId = departmentId;
        this.courseId = courseId;
    }

    public void update(int enrolled, int inProgress, int completed, int overdue, Instant at) {
        this.enrolled = enrolled;
        this.inProgress = inProgress;
        this.completed = completed;
        this.overdue = overdue;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getDepartmentId() { return departmentId; }
    public Long getCourseId() { return courseId; }
    public int getEnrolled() { return enrolled; }
    public int getInProgress() { return inProgress; }
    public int getCompleted() { return completed; }
    public int getOverdue() { return overdue; }
    public Instant getUpdatedAt() { return updatedAt; }
}
