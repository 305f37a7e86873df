package za.gov.dpsa.isdip.training.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<CourseEntity, Long> {
    List<CourseEntity> findByPublishedVersionIdNotNull();
}
