package za.gov.dpsa.isdip.cases.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EscalationMessageRepository extends JpaRepository<EscalationMessageEntity, Long> {

    List<EscalationMessageEntity> findByEscalationIdOrderByIdAsc(Long escalationId);

    /** Rewrites a body without its personal information (POPIA anonymisation); the entry is otherwise immutable. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = "update escalation_message set body = :body where id = :id")
    int rewriteBody(Long id, String body);
}
