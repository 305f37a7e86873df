package za.gov.dpsa.isdip.cases.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEventEntity, Long> {

    List<CaseEventEntity> findByCaseIdOrderByIdAsc(Long caseId);

    /** Rewrites a body without its personal information (POPIA anonymisation); the entry is otherwise immutable. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = "update case_event set body = :body where id = :id")
    int rewriteBody(Long id, String body);
}
