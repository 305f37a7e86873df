package za.gov.dpsa.isdip.integration.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionRepository;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.SealedSecrets;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * After the operator rotates {@code ISDIP_SECRETS_KEY} (the old key moved to {@code ISDIP_SECRETS_PREVIOUS_KEYS}),
 * seals every webhook signing secret again with the new key at start-up, once across instances, so that the old
 * key can be dropped at the next roll-out. The secrets themselves do not change: receivers notice nothing.
 */
@Component
public class SigningSecretResealing {

    static final ClusterJobs.Job JOB = new ClusterJobs.Job("integration.reseal-signing-secrets",
            Duration.ofMinutes(10), Duration.ZERO);
    private static final Logger log = LoggerFactory.getLogger(SigningSecretResealing.class);

    private final WebhookSubscriptionRepository subscriptions;
    private final SealedSecrets sealedSecrets;
    private final TenantWork tenantWork;
    private final ClusterJobs clusterJobs;

    public SigningSecretResealing(WebhookSubscriptionRepository subscriptions, SealedSecrets sealedSecrets,
                           TenantWork tenantWork, ClusterJobs clusterJobs) {
        this.subscriptions = subscriptions;
        this.sealedSecrets = sealedSecrets;
        this.tenantWork = tenantWork;
        this.clusterJobs = clusterJobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    public ClusterJobs.Outcome afterStart() {
        return clusterJobs.run(JOB, this::resealOld);
    }

    /** Seals again with the current key each secret sealed with a previous one; returns how many. */
    public int resealOld() {
        int resealed = tenantWork.inPlatform(() -> {
            int count = 0;
            for (WebhookSubscriptionEntity subscription : subscriptions.findAll()) {
                String sealed = subscription.getSealedSigningSecret();
                if (sealedSecrets.sealedWithCurrentKey(sealed)) {
                    continue;
                }
                try {
                    subscription.resealSigningSecret(sealedSecrets.seal(WebhookSubscriptions.SIGNING_SECRET,
                            sealedSecrets.open(WebhookSubscriptions.SIGNING_SECRET, sealed)));
                    count++;
                } catch (SealedSecrets.SealBroken e) {
                    // Left as it is: the delivery log shows its deliveries as not sent until the key is back.
                    log.error("Webhook subscription {} of {}: {}", subscription.getId(), subscription.getClientId(),
                            e.getMessage());
                }
            }
            return count;
        });
        if (resealed > 0) {
            log.info("{} webhook signing secrets sealed again with key {}", resealed, sealedSecrets.currentKeyId());
        }
        return resealed;
    }
}
