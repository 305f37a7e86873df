package za.gov.dpsa.isdip.platform.data.department;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiIdempotencyRepository extends JpaRepository<ApiIdempotencyEntity, Long> {

    Optional<ApiIdempotencyEntity> findByClientIdAndIdempotencyKey(String clientId, String idempotencyKey);

    long deleteByCreatedAtBefore(Instant cutoff);
}
