package za.gov.dpsa.isdip.tenancy.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** One-time account setup links, in the platform database. */
public interface AccountSetupRepository extends JpaRepository<AccountSetupEntity, String> {

    List<AccountSetupEntity> findByKeycloakUserIdAndUsedAtIsNull(String keycloakUserId);
}
