package za.gov.dpsa.isdip.standards.data.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current department's SDIPs, one per cycle. */
public interface SdipPlanRepository extends JpaRepository<SdipPlanEntity, Long> {

    List<SdipPlanEntity> findAllByOrderByStartYearDesc();

    Optional<SdipPlanEntity> findByStartYear(int startYear);
}
