package za.gov.dpsa.isdip.training.data.department;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadinessResponseRepository extends JpaRepository<ReadinessResponseEntity, Long> {
    Optional<ReadinessResponseEntity> findByUsername(String username);
}
