package za.gov.dpsa.isdip.standards.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Standard operating procedures of the current department's core services. */
public interface ServiceSopRepository extends JpaRepository<ServiceSopEntity, Long> {

    List<ServiceSopEntity> findByCoreServiceIdOrderByTitleAscIdAsc(long coreServiceId);

    List<ServiceSopEntity> findAllByOrderByTitleAscIdAsc();
}
