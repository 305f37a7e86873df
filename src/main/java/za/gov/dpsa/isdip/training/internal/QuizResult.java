package za.gov.dpsa.isdip.training.internal;

import java.util.List;

/**
 * A scored quiz attempt with feedback per question and per answer chosen.
 *
 * @param attemptsLeft null when attempts are not limited
 */
public record QuizResult(int attemptNo, int scorePercent, boolean passed, Integer attemptsLeft,
                         List<QuestionFeedback> questions) {

    /** @param credit 0 to 1 */
    public record QuestionFeedback(String key, String text, double credit, List<AnswerFeedback> answers) {
    }

    /** @param feedback the trainer's feedback for an answer the learner chose, else null */
    public record AnswerFeedback(String text, boolean chosen, boolean correct, String feedback) {
    }
}
