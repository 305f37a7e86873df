package za.gov.dpsa.isdip.training.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialRepository extends JpaRepository<MaterialEntity, Long> {

    /** The list without the file contents. */
    @Query("""
            select new za.gov.dpsa.isdip.training.internal.Material(m.id, m.lessonKey, m.fileName, m.contentType, m.sizeBytes)
            from MaterialEntity m where m.versionId = :versionId order by m.id
            """)
    List<za.gov.dpsa.isdip.training.internal.Material> listByVersion(Long versionId);

    List<MaterialEntity> findByVersionId(Long versionId);
}
