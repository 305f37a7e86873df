package za.gov.dpsa.isdip.integration.data.platform;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** API clients' webhook subscriptions (platform database). */
public interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscriptionEntity, Long> {

    List<WebhookSubscriptionEntity> findByClientIdAndActiveTrueOrderByIdAsc(String clientId);

    long countByClientIdAndActiveTrue(String clientId);

    Optional<WebhookSubscriptionEntity> findByIdAndClientIdAndActiveTrue(long id, String clientId);

    List<WebhookSubscriptionEntity> findByActiveTrue();
}
