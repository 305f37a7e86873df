package za.gov.dpsa.isdip.standards.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Core services of the department whose context the current work runs in. */
public interface CoreServiceRepository extends JpaRepository<CoreServiceEntity, Long> {

    List<CoreServiceEntity> findAllByOrderByNameAsc();
}
