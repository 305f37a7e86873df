package za.gov.dpsa.isdip.training.internal;

import java.util.List;

/** A module of a course version with its lessons in order. */
public record CourseModule(long id, String title, List<Lesson> lessons) {
}
