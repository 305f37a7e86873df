package za.gov.dpsa.isdip.training.data.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {
    List<SessionEntity> findByEndsAtAfterOrderByStartsAt(Instant after);

    List<SessionEntity> findAllByOrderByStartsAtDesc();

    /** The session, locked until the transaction ends: registrations for one session take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SessionEntity s where s.id = :id")
    Optional<SessionEntity> findForUpdate(Long id);
}
