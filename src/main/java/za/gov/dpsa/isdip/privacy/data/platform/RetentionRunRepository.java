package za.gov.dpsa.isdip.privacy.data.platform;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The retention job's reports, a line per department and record type of each run (platform database). */
public interface RetentionRunRepository extends JpaRepository<RetentionRunEntity, Long> {

    /** The latest runs, newest first. */
    @Query("select r.runId from RetentionRunEntity r group by r.runId order by max(r.id) desc")
    List<String> recentRunIds(Limit limit);

    /** The latest runs that reached the department, newest first. */
    @Query("select r.runId from RetentionRunEntity r where r.departmentId = :departmentId group by r.runId "
            + "order by max(r.id) desc")
    List<String> recentRunIdsOf(String departmentId, Limit limit);

    /** Every line of these runs, in the order they were written. */
    List<RetentionRunEntity> findByRunIdInOrderByIdAsc(Collection<String> runIds);

    /** The department's lines of these runs, in the order they were written. */
    List<RetentionRunEntity> findByRunIdInAndDepartmentIdOrderByIdAsc(Collection<String> runIds, String departmentId);
}
