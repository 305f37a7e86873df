package za.gov.dpsa.isdip.cases.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEventRepository extends JpaRepository<CaseEventEntity, Long> {

    List<CaseEventEntity> findByCaseIdOrderByIdAsc(Long caseId);
}
