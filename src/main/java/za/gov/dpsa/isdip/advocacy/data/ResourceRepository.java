package za.gov.dpsa.isdip.advocacy.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResourceRepository extends JpaRepository<ResourceEntity, Long> {

    List<ResourceEntity> findByRetiredFalseOrderByUpdatedAtDesc();

    List<ResourceEntity> findByRetiredFalseAndFeaturedTrueOrderByUpdatedAtDesc();

    boolean existsByTitle(String title);
}
