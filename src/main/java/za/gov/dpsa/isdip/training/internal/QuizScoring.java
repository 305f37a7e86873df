package za.gov.dpsa.isdip.training.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a quiz attempt as Moodle does by default: a single-choice question earns 1 for the correct answer; a
 * multiple-choice question earns its share for each correct answer chosen and loses as much for each wrong one,
 * never below 0. An unanswered question earns 0. The score is the percentage of the questions' total, rounded.
 */
final class QuizScoring {

    private QuizScoring() {
    }

    static QuizResult score(List<Question> questions, Map<String, Set<Integer>> chosen, int passMark, int attemptNo,
                            Integer attemptsLeft) {
        double total = 0;
        List<QuizResult.QuestionFeedback> feedback = new ArrayList<>();
        for (Question question : questions) {
            Set<Integer> picks = chosen.getOrDefault(question.key(), Set.of());
            double credit;
            long correctCount = question.answers().stream().filter(AnswerOption::correct).count();
            if (!question.multiple()) {
                credit = picks.size() == 1 && valid(question, picks.iterator().next())
                        && question.answers().get(picks.iterator().next()).correct() ? 1 : 0;
            } else {
                int right = 0;
                int wrong = 0;
                for (int pick : picks) {
                    if (valid(question, pick)) {
                        if (question.answers().get(pick).correct()) {
                            right++;
                        } else {
                            wrong++;
                        }
                    }
                }
                credit = Math.max(0, (right - wrong) / (double) correctCount);
            }
            total += credit;
            List<QuizResult.AnswerFeedback> answers = new ArrayList<>();
            for (int i = 0; i < question.answers().size(); i++) {
                AnswerOption option = question.answers().get(i);
                answers.add(new QuizResult.AnswerFeedback(option.text(), picks.contains(i), option.correct(),
                        picks.contains(i) ? option.feedback() : null));
            }
            feedback.add(new QuizResult.QuestionFeedback(question.key(), question.text(), credit, answers));
        }
        int percent = questions.isEmpty() ? 100 : (int) Math.round(total * 100 / questions.size());
        return new QuizResult(attemptNo, percent, percent >= passMark, attemptsLeft, feedback);
    }

    private static boolean valid(Question question, int index) {
        return index >= 0 && index < question.answers().size();
    }
}
