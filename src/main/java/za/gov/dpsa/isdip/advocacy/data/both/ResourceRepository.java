package za.gov.dpsa.isdip.advocacy.data.both;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ResourceRepository extends JpaRepository<ResourceEntity, Long>,
        JpaSpecificationExecutor<ResourceEntity> {

    List<ResourceEntity> findByRetiredFalseAndFeaturedTrueOrderByUpdatedAtDesc();

    boolean existsByTitle(String title);
}
