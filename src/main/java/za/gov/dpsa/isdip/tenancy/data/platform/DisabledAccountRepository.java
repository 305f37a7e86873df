package za.gov.dpsa.isdip.tenancy.data.platform;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts disabled through the portal. */
public interface DisabledAccountRepository extends JpaRepository<DisabledAccountEntity, String> {
}
