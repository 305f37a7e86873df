package za.gov.dpsa.isdip.training.data;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {
    List<SessionEntity> findByEndsAtAfterOrderByStartsAt(Instant after);

    List<SessionEntity> findAllByOrderByStartsAtDesc();
}
