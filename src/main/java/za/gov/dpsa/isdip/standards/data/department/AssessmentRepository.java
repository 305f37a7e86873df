package za.gov.dpsa.isdip.standards.data.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current department's self-assessments. */
public interface AssessmentRepository extends JpaRepository<AssessmentEntity, Long> {

    List<AssessmentEntity> findByCurrentCodeIsNotNullOrderByStandardCodeAsc();

    Optional<AssessmentEntity> findByCurrentCode(String code);

    List<AssessmentEntity> findByStandardCodeOrderByAssessedAtDescIdDesc(String code);
}
