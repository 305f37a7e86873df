package za.gov.dpsa.isdip.reporting.data.platform;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportTemplateRepository extends JpaRepository<ReportTemplateEntity, Integer> {

    Optional<ReportTemplateEntity> findTopByOrderByVersionDesc();
}
