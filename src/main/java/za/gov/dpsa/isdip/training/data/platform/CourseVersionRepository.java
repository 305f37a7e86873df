package za.gov.dpsa.isdip.training.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseVersionRepository extends JpaRepository<CourseVersionEntity, Long> {
    List<CourseVersionEntity> findByCourseIdOrderByNumberDesc(Long courseId);
}
