package za.gov.dpsa.isdip.training.data.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import za.gov.dpsa.isdip.training.internal.RegistrationStatus;

public interface RegistrationRepository extends JpaRepository<RegistrationEntity, Long> {
    List<RegistrationEntity> findBySessionIdOrderByRegisteredAtAscIdAsc(Long sessionId);

    Optional<RegistrationEntity> findBySessionIdAndDepartmentIdAndUsername(Long sessionId, String departmentId,
                                                                           String username);

    List<RegistrationEntity> findByDepartmentIdAndUsername(String departmentId, String username);

    long countBySessionIdAndStatus(Long sessionId, RegistrationStatus status);
}
