package za.gov.dpsa.isdip.standards.data.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** DPSA's mechanism requirements (platform database). */
public interface MechanismRequirementRepository extends JpaRepository<MechanismRequirementEntity, Long> {

    List<MechanismRequirementEntity> findAllByOrderByCodeAsc();

    Optional<MechanismRequirementEntity> findByCode(String code);
}
