package za.gov.dpsa.isdip.training.data.platform;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRecordRepository extends JpaRepository<CertificateRecordEntity, String> {
}
