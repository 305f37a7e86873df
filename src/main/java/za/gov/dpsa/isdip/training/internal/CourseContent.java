package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.Mechanism;

import java.util.List;
import java.util.Set;

/** One version of a course: its details, modules and lessons, materials and quiz. */
public record CourseContent(long courseId, long versionId, int versionNumber, VersionStatus status, String title,
                            String summary, String audience, IsdipDomain domain, Set<Mechanism> mechanisms,
                            int durationMinutes, int passMark, int maxAttempts, List<CourseModule> modules,
                            List<Material> materials, List<Question> questions) {

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public List<Material> materialsOf(String lessonKey) {
        return materials.stream().filter(m -> m.lessonKey().equals(lessonKey)).toList();
    }

    public boolean hasQuiz() {
        return !questions.isEmpty();
    }
}
