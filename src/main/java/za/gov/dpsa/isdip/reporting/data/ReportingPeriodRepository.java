package za.gov.dpsa.isdip.reporting.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Platform context only. */
public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriodEntity, Long> {

    List<ReportingPeriodEntity> findAllByOrderByFiscalYearDescQuarterDesc();

    boolean existsByFiscalYearAndQuarter(int fiscalYear, int quarter);
}
