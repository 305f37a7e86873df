package za.gov.dpsa.isdip.advocacy.data.both;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResourceVersionRepository extends JpaRepository<ResourceVersionEntity, Long> {

    /** The history without the files' bytes, newest first. */
    @Query("""
            select new za.gov.dpsa.isdip.advocacy.data.both.ResourceVersionRepository$VersionRow(v.number, v.note,
                v.fileName, v.contentType, v.sizeBytes, v.linkUrl, v.publishedBy, v.publishedAt)
            from ResourceVersionEntity v where v.resourceId = ?1 order by v.number desc""")
    List<VersionRow> history(long resourceId);

    Optional<ResourceVersionEntity> findByResourceIdAndNumber(long resourceId, int number);

    /** The newest versions of resources still listed, for "what's new". */
    @Query("""
            select v.resourceId, v.number, v.publishedAt from ResourceVersionEntity v, ResourceEntity r
            where r.id = v.resourceId and r.retired = false order by v.publishedAt desc, v.id desc""")
    List<Object[]> newest(Limit limit);

    record VersionRow(int number, String note, String fileName, String contentType, long sizeBytes, String linkUrl,
                      String publishedBy, java.time.Instant publishedAt) {
    }
}
