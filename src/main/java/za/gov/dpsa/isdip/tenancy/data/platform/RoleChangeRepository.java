package za.gov.dpsa.isdip.tenancy.data.platform;

import org.springframework.data.jpa.repository.JpaRepository;

/** When accounts' roles were last changed through the portal. */
public interface RoleChangeRepository extends JpaRepository<RoleChangeEntity, String> {
}
