package za.gov.dpsa.isdip.tenancy.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Keycloak sessions that ended, for every portal instance to end its portal sessions of them. */
public interface EndedKeycloakSessionRepository extends JpaRepository<EndedKeycloakSessionEntity, Long> {

    /** Those recorded at or after the time, in milliseconds since 1970 UTC. */
    List<EndedKeycloakSessionEntity> findByEndedAtEpochMilliGreaterThanEqual(long epochMilli);

    boolean existsByKeycloakSessionId(String keycloakSessionId);

    @Modifying
    @Query("delete from EndedKeycloakSessionEntity e where e.endedAtEpochMilli < :epochMilli")
    int deleteEndedBefore(@Param("epochMilli") long epochMilli);
}
