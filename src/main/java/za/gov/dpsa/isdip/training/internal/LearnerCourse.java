package za.gov.dpsa.isdip.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An official's course as they take it: the version they are on, what they have done, where to resume, their
 * quiz attempts and completion.
 *
 * @param attemptsLeft          null when attempts are not limited
 * @param newerVersionAvailable a newer version is published; moving to it keeps done lessons and a passed quiz
 */
public record LearnerCourse(long enrolmentId, CourseContent content, Set<String> doneLessonKeys,
                            String resumeLessonKey, List<Attempt> attempts, boolean quizPassed, Integer attemptsLeft,
                            LocalDate dueOn, Instant completedAt, String certificateCode,
                            boolean newerVersionAvailable) {

    public boolean lessonsDone() {
        return content.lessons().stream().allMatch(l -> doneLessonKeys.contains(l.key()));
    }

    public boolean mayAttemptQuiz() {
        return content.hasQuiz() && lessonsDone() && !quizPassed && (attemptsLeft == null || attemptsLeft > 0);
    }

    public int percentDone() {
        int steps = content.lessons().size() + (content.hasQuiz() ? 1 : 0);
        int done = (int) content.lessons().stream().filter(l -> doneLessonKeys.contains(l.key())).count()
                + (quizPassed ? 1 : 0);
        return steps == 0 ? 0 : done * 100 / steps;
    }

    public record Attempt(int number, int scorePercent, boolean passed, Instant submittedAt) {
    }
}
