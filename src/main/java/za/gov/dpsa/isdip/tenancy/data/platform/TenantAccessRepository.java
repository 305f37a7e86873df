package za.gov.dpsa.isdip.tenancy.data.platform;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only: the portal can add and read entries, never change or delete them. */
public interface TenantAccessRepository extends Repository<TenantAccessEntity, Long> {

    TenantAccessEntity save(TenantAccessEntity entry);

    List<TenantAccessEntity> findTop50ByOrderByOccurredAtDesc();

    List<TenantAccessEntity> findByDepartmentIdOrderByOccurredAtDesc(String departmentId);
}
