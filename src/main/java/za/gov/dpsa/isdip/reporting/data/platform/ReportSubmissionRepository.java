package za.gov.dpsa.isdip.reporting.data.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;

/** Platform context only; a department's own rows are found by the department id of its token. */
public interface ReportSubmissionRepository extends JpaRepository<ReportSubmissionEntity, Long> {

    Optional<ReportSubmissionEntity> findTopByDepartmentIdAndPeriodIdOrderByVersionDesc(String departmentId,
                                                                                         Long periodId);

    List<ReportSubmissionEntity> findByDepartmentIdAndPeriodIdOrderByVersionDesc(String departmentId, Long periodId);

    List<ReportSubmissionEntity> findByPeriodIdIn(Collection<Long> periodIds);

    /** The API's list: submissions in these states and periods, across departments (DPSA analytics). */
    Page<ReportSubmissionEntity> findByStatusInAndPeriodIdIn(Collection<SubmissionStatus> statuses,
                                                             Collection<Long> periodIds, Pageable page);

    /** The API's list of one department's submissions. */
    Page<ReportSubmissionEntity> findByStatusInAndDepartmentIdAndPeriodIdIn(Collection<SubmissionStatus> statuses,
                                                                            String departmentId,
                                                                            Collection<Long> periodIds,
                                                                            Pageable page);
}
