package za.gov.dpsa.isdip.training.internal;

import java.time.Instant;

/** The counts one department published for one course: what the trainer dashboard shows. */
public record ProgressRow(String departmentId, String departmentName, long courseId, String courseTitle,
                          int enrolled, int inProgress, int completed, int overdue, Instant updatedAt) {

    public int completionPercent() {
        return enrolled == 0 ? 0 : completed * 100 / enrolled;
    }
}
