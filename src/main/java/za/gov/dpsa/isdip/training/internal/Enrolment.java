package za.gov.dpsa.isdip.training.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrolment as a list shows it: the official's own, or for the department administrator their colleagues'.
 *
 * @param percentDone lessons done and the quiz passed, as a share of all steps
 */
public record Enrolment(long id, String username, String displayName, long courseId, String courseTitle,
                        EnrolmentSource source, LocalDate dueOn, Instant enrolledAt, Instant completedAt,
                        int percentDone, boolean overdue, String certificateCode) {

    public boolean completed() {
        return completedAt != null;
    }
}
