package za.gov.dpsa.isdip.cases.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CasePauseRepository extends JpaRepository<CasePauseEntity, Long> {

    List<CasePauseEntity> findByCaseId(Long caseId);
}
