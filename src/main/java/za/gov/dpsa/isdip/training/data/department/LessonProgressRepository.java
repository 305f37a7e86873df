package za.gov.dpsa.isdip.training.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonProgressRepository extends JpaRepository<LessonProgressEntity, Long> {
    List<LessonProgressEntity> findByEnrolmentId(Long enrolmentId);

    boolean existsByEnrolmentIdAndLessonKey(Long enrolmentId, String lessonKey);
}
