package za.gov.dpsa.isdip.integration.data.platform;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** The delivery log: every event for every subscription and where its delivery stands (platform database). */
public interface WebhookDeliveryRepository extends JpaRepository<WebhookDeliveryEntity, Long> {

    boolean existsBySubscriptionIdAndSourceDatabaseAndEventId(long subscriptionId, String sourceDatabase,
                                                              long eventId);

    /** Deliveries due now, oldest first. */
    List<WebhookDeliveryEntity> findByStatusInAndNextAttemptAtLessThanEqualOrderByIdAsc(
            Collection<WebhookDeliveryEntity.Status> statuses, Instant now, Limit limit);

    /** Whether an earlier delivery of the same subject to the same subscription is still open. */
    boolean existsBySubscriptionIdAndSubjectAndIdLessThanAndStatusIn(long subscriptionId, String subject, long id,
                                                                     Collection<WebhookDeliveryEntity.Status> statuses);

    List<WebhookDeliveryEntity> findByDepartmentIdOrderByIdDesc(String departmentId, Limit limit);

    List<WebhookDeliveryEntity> findByDepartmentIdAndStatusOrderByIdDesc(String departmentId,
                                                                         WebhookDeliveryEntity.Status status,
                                                                         Limit limit);

    List<WebhookDeliveryEntity> findAllByOrderByIdDesc(Limit limit);

    List<WebhookDeliveryEntity> findByStatusOrderByIdDesc(WebhookDeliveryEntity.Status status, Limit limit);
}
