package za.gov.dpsa.isdip.platform.data.department;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiIdempotencyRepository extends JpaRepository<ApiIdempotencyEntity, Long> {

    Optional<ApiIdempotencyEntity> findByClientIdAndIdempotencyKey(String clientId, String idempotencyKey);

    /** One statement for a night's answers; the caller writes the one audit entry. */
    @Modifying
    @Query("delete from ApiIdempotencyEntity a where a.createdAt < :cutoff")
    int forgetBefore(@Param("cutoff") Instant cutoff);
}
