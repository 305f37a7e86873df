package za.gov.dpsa.isdip.training.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModuleRepository extends JpaRepository<ModuleEntity, Long> {
    List<ModuleEntity> findByVersionIdOrderByPosition(Long versionId);
}
