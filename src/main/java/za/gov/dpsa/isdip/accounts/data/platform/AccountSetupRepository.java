package za.gov.dpsa.isdip.accounts.data.platform;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * One-time account setup links, in the platform database. The locking finders serialise the changes to one link
 * (using it up) and to one user's links (a new invitation voiding them, a failed use giving one back).
 */
public interface AccountSetupRepository extends JpaRepository<AccountSetupEntity, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountSetupEntity l where l.tokenHash = :tokenHash")
    Optional<AccountSetupEntity> findForUpdate(@Param("tokenHash") String tokenHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AccountSetupEntity l where l.keycloakUserId = :keycloakUserId")
    List<AccountSetupEntity> findAllOfUserForUpdate(@Param("keycloakUserId") String keycloakUserId);
}
