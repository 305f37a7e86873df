package za.gov.dpsa.isdip.standards.data.department;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Core services of the department whose context the current work runs in. */
public interface CoreServiceRepository extends JpaRepository<CoreServiceEntity, Long> {

    List<CoreServiceEntity> findAllByOrderByNameAsc();

    List<CoreServiceEntity> findByRetiredOnIsNullOrderByNameAsc();

    long countByRetiredOnIsNull();

    /** The database compares names without regard to case, as the department would. */
    Optional<CoreServiceEntity> findFirstByName(String name);
}
