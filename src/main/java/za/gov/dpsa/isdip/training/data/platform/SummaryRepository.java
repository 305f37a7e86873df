package za.gov.dpsa.isdip.training.data.platform;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SummaryRepository extends JpaRepository<SummaryEntity, Long> {
    Optional<SummaryEntity> findByDepartmentIdAndCourseId(String departmentId, Long courseId);
}
