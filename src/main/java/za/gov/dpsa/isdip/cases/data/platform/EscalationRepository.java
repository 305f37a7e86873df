package za.gov.dpsa.isdip.cases.data.platform;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Escalations from every department; platform context only. */
public interface EscalationRepository extends JpaRepository<EscalationEntity, Long>,
        JpaSpecificationExecutor<EscalationEntity> {

    Optional<EscalationEntity> findByDepartmentIdAndCaseId(String departmentId, Long caseId);
}
