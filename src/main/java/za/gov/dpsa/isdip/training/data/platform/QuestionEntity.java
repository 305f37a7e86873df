package za.gov.dpsa.isdip.training.data.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A quiz question of a course version, single or multiple choice, with its answers in order. */
@Entity
@Table(name = "training_question")
public class QuestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_id", nullable = false)
    private Long versionId;
    @Column(name = "question_key", nullable = false)
    private String questionKey;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String text;
    @Column(nullable = false)
    private boolean multiple;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    protected QuestionEntity() {
    }

    public QuestionEntity(Long versionId, String questionKey, int position, String text, boolean multiple,
                          List<Answer> answers) {
        this.versionId = versionId;
        this.questionKey = questionKey;
        this.position = position;
        this.text = text;
        this.multiple = multiple;
        this.answers = new ArrayList<>(answers);
    }

    public Long getId() { return id; }
    public Long getVersionId() { return versionId; }
    public String getQuestionKey() { return questionKey; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getText() { return text; }
    public boolean isMultiple() { return multiple; }
    public List<Answer> getAnswers() { return answers; }

    public void update(String text, boolean multiple, List<Answer> answers) {
        this.text = text;
        this.multiple = multiple;
        this.answers.clear();
        this.answers.addAll(answers);
    }

    /** One answer option with the feedback the learner sees after the attempt. */
    @Embeddable
    public static class Answer {
        @Column(nullable = false)
        private String text;
        @Column(nullable = false)
        private boolean correct;
        @Column
        private String feedback;

        protected Answer() {
        }

        public Answer(String text, boolean correct, String feedback) {
            this.text = text;
            this.correct = correct;
            this.feedback = feedback;
        }

        public String getText() { return text; }
        public boolean isCorrect() { return correct; }
        public String getFeedback() { return feedback; }
    }
}
