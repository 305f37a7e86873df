package za.gov.dpsa.isdip.standards.data.platform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import za.gov.dpsa.isdip.standards.internal.CatalogueStatus;

/** Versions of harmonised standards (platform database). */
public interface HarmonisedStandardRepository extends JpaRepository<HarmonisedStandardEntity, Long> {

    @EntityGraph(attributePaths = "requirements")
    List<HarmonisedStandardEntity> findAllByOrderByCodeAscVersionAsc();

    @EntityGraph(attributePaths = "requirements")
    List<HarmonisedStandardEntity> findByStatusInOrderByCodeAsc(Collection<CatalogueStatus> statuses);

    @EntityGraph(attributePaths = "requirements")
    List<HarmonisedStandardEntity> findByCodeOrderByVersionAsc(String code);

    @EntityGraph(attributePaths = "requirements")
    Optional<HarmonisedStandardEntity> findWithRequirementsById(long id);

    boolean existsByCode(String code);
}
