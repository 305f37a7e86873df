package za.gov.dpsa.isdip.accounts.data.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiClientRepository extends JpaRepository<ApiClientEntity, Long> {

    Optional<ApiClientEntity> findByClientId(String clientId);

    List<ApiClientEntity> findByDepartmentIdOrderByCreatedAtDesc(String departmentId);

    List<ApiClientEntity> findAllByOrderByDepartmentIdAscCreatedAtDesc();

    long countByDepartmentIdAndRevokedAtIsNull(String departmentId);

    /** DPSA's analytics clients that are not revoked. */
    long countByDepartmentIdIsNullAndRevokedAtIsNull();
}
