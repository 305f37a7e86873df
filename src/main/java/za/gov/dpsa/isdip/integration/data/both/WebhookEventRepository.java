package za.gov.dpsa.isdip.integration.data.both;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** The webhook outbox of the current context (a department, or the platform). */
public interface WebhookEventRepository extends JpaRepository<WebhookEventEntity, Long> {

    /** The oldest events not yet fanned out, in the order they were written. */
    List<WebhookEventEntity> findByFannedOutFalseOrderByIdAsc(Limit limit);

    List<WebhookEventEntity> findBySubjectOrderByIdAsc(String subject);
}
