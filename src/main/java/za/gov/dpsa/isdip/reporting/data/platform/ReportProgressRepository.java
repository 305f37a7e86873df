package za.gov.dpsa.isdip.reporting.data.platform;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportProgressRepository extends JpaRepository<ReportProgressEntity, ReportProgressEntity.Key> {

    List<ReportProgressEntity> findByPeriodIdIn(Collection<Long> periodIds);
}
