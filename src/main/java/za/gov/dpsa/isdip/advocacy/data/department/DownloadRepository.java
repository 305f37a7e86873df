package za.gov.dpsa.isdip.advocacy.data.department;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DownloadRepository extends JpaRepository<DownloadEntity, Long> {

    long countByDownloadedAtGreaterThanEqualAndDownloadedAtLessThan(Instant from, Instant to);

    long countBySourceAndResourceId(String source, long resourceId);

    /** Resources used in the period with how often, most used first: source, id, title, count. */
    @Query("""
            select d.source, d.resourceId, max(d.resourceTitle), count(d) from DownloadEntity d
            where d.downloadedAt >= ?1 and d.downloadedAt < ?2
            group by d.source, d.resourceId order by count(d) desc""")
    List<Object[]> usedBetween(Instant from, Instant to, Limit limit);
}
