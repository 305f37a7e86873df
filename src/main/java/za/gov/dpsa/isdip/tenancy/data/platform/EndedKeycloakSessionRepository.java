package za.gov.dpsa.isdip.tenancy.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Keycloak sessions that ended, for every portal instance to end its portal sessions of them. */
public interface EndedKeycloakSessionRepository extends JpaRepository<EndedKeycloakSessionEntity, Long> {

    /** Those recorded at or after the time, in milliseconds since 1970 UTC. */
    List<EndedKeycloakSessionEntity> findByEndedAtEpochMilliGreaterThanEqual(long epochMilli);

    boolean existsByKeycloakSessionId(String keycloakSessionId);

    /** Those recorded before the time: purged one by one, so the audit trail records each like any other delete. */
    List<EndedKeycloakSessionEntity> findByEndedAtEpochMilliLessThan(long epochMilli);
}
