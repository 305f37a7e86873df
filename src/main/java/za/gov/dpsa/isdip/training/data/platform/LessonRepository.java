package za.gov.dpsa.isdip.training.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<LessonEntity, Long> {
    List<LessonEntity> findByVersionIdOrderByPosition(Long versionId);

    List<LessonEntity> findByModuleIdOrderByPosition(Long moduleId);
}
