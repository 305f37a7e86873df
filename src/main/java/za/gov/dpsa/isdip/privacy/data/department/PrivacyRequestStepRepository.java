package za.gov.dpsa.isdip.privacy.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivacyRequestStepRepository extends JpaRepository<PrivacyRequestStepEntity, Long> {

    List<PrivacyRequestStepEntity> findByRequestIdOrderByIdAsc(Long requestId);
}
