package za.gov.dpsa.isdip.standards.data.department;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Evidence files of the current department. */
public interface EvidenceFileRepository extends JpaRepository<EvidenceFileEntity, Long> {

    /** The name alone, without loading the content. */
    @Query("select f.fileName from EvidenceFileEntity f where f.id = :id")
    Optional<String> findFileNameById(long id);

    /** Id and name of each of these files, in one query and without the content. */
    @Query("select f.id, f.fileName from EvidenceFileEntity f where f.id in :ids")
    List<Object[]> findFileNamesByIdIn(Collection<Long> ids);
}
