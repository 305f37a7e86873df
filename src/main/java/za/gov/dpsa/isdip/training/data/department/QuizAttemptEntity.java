package za.gov.dpsa.isdip.training.data.department;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One submitted quiz attempt with its score; the answers are kept as {@code questionKey=i,j;...}. */
@Entity
@Table(name = "training_quiz_attempt")
public class QuizAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;
    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(name = "score_percent", nullable = false)
    private int scorePercent;
    @Column(nullable = false)
    private boolean passed;
    @Column(nullable = false)
    private String answers;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected QuizAttemptEntity() {
    }

    public QuizAttemptEntity(Long enrolmentId, int attemptNo, Long versionId, int scorePercent, boolean passed,
                             String answers, Instant submittedAt) {
        this.enrolmentId = enrolmentId;
        this.attemptNo = attemptNo;
        this.versionId = versionId;
        this.scorePercent = scorePercent;
        this.passed = passed;
        this.answers = answers;
        this.submittedAt = submittedAt;
    }

    public Long getId() { return id; }
    public Long getEnrolmentId() { return enrolmentId; }
    public int getAttemptNo() { return attemptNo; }
    public Long getVersionId() { return versionId; }
    public int getScorePercent() { return scorePercent; }
    public boolean isPassed() { return passed; }
    public String getAnswers() { return answers; }
    public Instant getSubmittedAt() { return submittedAt; }
}
