package za.gov.dpsa.isdip.reporting.data.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Platform context only; a department's own rows are found by the department id of its token. */
public interface ReportSubmissionRepository extends JpaRepository<ReportSubmissionEntity, Long> {

    Optional<ReportSubmissionEntity> findTopByDepartmentIdAndPeriodIdOrderByVersionDesc(String departmentId,
                                                                                         Long periodId);

    List<ReportSubmissionEntity> findByDepartmentIdAndPeriodIdOrderByVersionDesc(String departmentId, Long periodId);

    List<ReportSubmissionEntity> findByPeriodIdIn(Collection<Long> periodIds);
}
