package za.gov.dpsa.isdip.integration.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import za.gov.dpsa.isdip.integration.data.both.WebhookEventEntity;
import za.gov.dpsa.isdip.integration.data.both.WebhookEventRepository;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity.Status;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryRepository;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionRepository;
import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.SealedSecrets;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Every few seconds, on one instance at a time ({@link ClusterJobs}): fans the outboxes out and sends what is due.
 * <ol>
 * <li>Fan-out: the unfanned events of the platform's outbox and of every department's become one delivery per
 * matching active subscription (the platform database), then are marked fanned out. A run that stops between the
 * two is repeated by the next without doubles: a delivery is unique per subscription, source database and event.</li>
 * <li>Sending: each due delivery is POSTed, signed, with short timeouts and never following a redirect. A 2xx
 * answer delivers it; anything else fails it, and it is tried again after 30 s, 1, 2, 4 ... minutes (at most an
 * hour, with a little jitter) until it has failed for longer than {@code isdip.api.webhooks.give-up-after}
 * ({@code PT72H}), when it is given up. A delivery waits while an earlier delivery of the same subject (a case, a
 * report) to the same subscription is not delivered, so a receiver gets each case's events in order. The
 * subscriptions of a client that is not registered or was revoked are not sent to; their deliveries wait.</li>
 * </ol>
 */
@Component
public class WebhookDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Set<Status> OPEN = Set.of(Status.PENDING, Status.FAILING);
    static final int FAN_OUT_BATCH = 500;
    static final int SEND_BATCH = 200;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** A run stops sending after this long, so that its claim never runs out while it works. */
    static final Duration SEND_BUDGET = Duration.ofMinutes(2);

    private final TenantWork tenantWork;
    private final WebhookEventRepository outbox;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectProvider<ApiClientRegister> register;
    private final ClusterJobs clusterJobs;
    private final Clock clock;
    private final Duration giveUpAfter;
    private final Duration readTimeout;
    private final HttpClient http;
    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final ClusterJobs.Job job;
    private final SealedSecrets sealedSecrets;

    WebhookDeliveryJob(TenantWork tenantWork, WebhookEventRepository outbox,
                       WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                       ObjectProvider<ApiClientRegister> register, ClusterJobs clusterJobs, Clock clock,
                       SealedSecrets sealedSecrets,
                       @Value("${isdip.api.webhooks.delivery-interval:PT10S}") Duration interval,
                       @Value("${isdip.api.webhooks.give-up-after:PT72H}") Duration giveUpAfter,
                       @Value("${isdip.api.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
                       @Value("${isdip.api.webhooks.read-timeout:PT10S}") Duration readTimeout,
                       @Value("${isdip.api.webhooks.allow-plain-http-to-loopback:false}") boolean allowLoopback,
                       @Value("${isdip.api.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.tenantWork = tenantWork;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.register = register;
        this.clusterJobs = clusterJobs;
        this.clock = clock;
        this.sealedSecrets = sealedSecrets;
        this.giveUpAfter = giveUpAfter;
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // A run sends for at most SEND_BUDGET (plus one request); the claim outlasts that and expires if we die.
        this.job = new ClusterJobs.Job("integration.webhooks", Duration.ofMinutes(10),
                interval.multipliedBy(4).dividedBy(5));
    }

    @Scheduled(initialDelayString = "${isdip.api.webhooks.delivery-delay:PT30S}",
            fixedDelayString = "${isdip.api.webhooks.delivery-interval:PT10S}")
    public ClusterJobs.Outcome scheduled() {
        return clusterJobs.run(job, this::runOnce);
    }

    /** One run: fan out, then send what is due. Tests call it directly; the timer goes through the claim. */
    public void runOnce() {
        fanOut();
        sendDue();
    }

    // ---- fan-out ----------------------------------------------------------------------------------------------

    /** Fans out the platform's outbox and every served department's; a department that fails is retried next run. */
    public void fanOut() {
        List<WebhookSubscriptionEntity> active = tenantWork.inPlatform(() -> subscriptions.findByActiveTrue());
        tenantWork.inPlatform(() -> fanOutCurrent(TenantContext.PLATFORM, active));
        tenantWork.forEachDepartment(department -> fanOutCurrent(department.id(), active),
                (department, failure) -> log.warn("Webhook fan-out of {} not done, next run: {}", department.id(),
                        failure.toString()));
    }

    /** In the source's own transaction: its unfanned events become deliveries (platform), then are marked. */
    private void fanOutCurrent(String source, List<WebhookSubscriptionEntity> active) {
        List<WebhookEventEntity> batch = outbox.findByFannedOutFalseOrderByIdAsc(Limit.of(FAN_OUT_BATCH));
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<WebhookDeliveryEntity> fresh = new ArrayList<>();
        for (WebhookEventEntity event : batch) {
            String body = null;
            for (WebhookSubscriptionEntity subscription : active) {
                if (matches(subscription, event)) {
                    body = body != null ? body : envelope(source, event);
                    fresh.add(new WebhookDeliveryEntity(subscription, source, event.getId(), event.getEventType(),
                            event.getSubject(), body, event.getOccurredAt(), now));
                }
            }
        }
        if (!fresh.isEmpty()) {
            tenantWork.inPlatform(() -> {
                for (WebhookDeliveryEntity delivery : fresh) {
                    if (!deliveries.existsBySubscriptionIdAndSourceDatabaseAndEventId(delivery.getSubscriptionId(),
                            source, delivery.getEventId())) {
                        deliveries.save(delivery);
                    }
                }
            });
        }
        batch.forEach(WebhookEventEntity::markFannedOut);
    }

    /** A department's client gets its department's events; DPSA's analytics client every report status change. */
    static boolean matches(WebhookSubscriptionEntity subscription, WebhookEventEntity event) {
        if (!List.of(subscription.getEventTypes().split(",")).contains(event.getEventType())) {
            return false;
        }
        if (subscription.getDepartmentId() == null) {
            return WebhookEventType.REPORT_STATUS_CHANGED.wireName().equals(event.getEventType());
        }
        return subscription.getDepartmentId().equals(event.getDepartmentId());
    }

    /** The body every attempt sends: the event's id (stable across subscriptions and retries), type, time, subject, data. */
    private static String envelope(String source, WebhookEventEntity event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", source + "-" + event.getId());
        body.put("type", event.getEventType());
        body.put("occurredAt", event.getOccurredAt().toString());
        body.put("departmentId", event.getDepartmentId());
        // What the event is about (a case reference, a report): events of one subject arrive in order.
        body.put("subject", event.getSubject());
        JsonNode data = JSON.readTree(event.getPayload());
        body.set("data", data);
        return JSON.writeValueAsString(body);
    }

    // ---- sending ----------------------------------------------------------------------------------------------

    /** What one attempt needs, read before the request so that no transaction stays open while it waits. */
    private record Attempt(long deliveryId, String eventType, String payload, String url, String secret,
                           String clientId, long subscriptionId) {
    }

    /** Sends the deliveries due now, oldest first; returns how many were delivered. */
    public int sendDue() {
        Instant started = clock.instant();
        List<Long> due = tenantWork.inPlatform(() -> deliveries.findByStatusInAndNextAttemptAtLessThanEqualOrderByIdAsc(
                OPEN, started, Limit.of(SEND_BATCH)).stream().map(WebhookDeliveryEntity::getId).toList());
        Map<String, Boolean> clientActive = new HashMap<>();
        Set<Long> failedThisRun = new HashSet<>();
        int delivered = 0;
        for (long id : due) {
            if (Duration.between(started, clock.instant()).compareTo(SEND_BUDGET) > 0) {
                break;
            }
            Attempt attempt = tenantWork.inPlatform(() -> prepare(id));
            // A subscription that failed in this run is not tried again in it: its receiver is likely down.
            if (attempt == null || failedThisRun.contains(attempt.subscriptionId())
                    || !clientActive.computeIfAbsent(attempt.clientId(), this::clientActive)) {
                continue;
            }
            Result result = send(attempt);
            tenantWork.inPlatform(() -> record(attempt.deliveryId(), result));
            if (result.delivered()) {
                delivered++;
            } else {
                failedThisRun.add(attempt.subscriptionId());
            }
        }
        return delivered;
    }

    /** The attempt to make, or null: no longer open, its subscription deleted, or behind an open earlier one. */
    private Attempt prepare(long id) {
        WebhookDeliveryEntity delivery = deliveries.findById(id).orElse(null);
        if (delivery == null || !OPEN.contains(delivery.getStatus())) {
            return null;
        }
        WebhookSubscriptionEntity subscription = subscriptions.findById(delivery.getSubscriptionId()).orElse(null);
        if (subscription == null || !subscription.isActive()) {
            return null;
        }
        if (deliveries.existsBySubscriptionIdAndSubjectAndIdLessThanAndStatusIn(delivery.getSubscriptionId(),
                delivery.getSubject(), delivery.getId(), OPEN)) {
            return null;
        }
        return new Attempt(delivery.getId(), delivery.getEventType(), delivery.getPayload(), subscription.getUrl(),
                signingSecret(subscription), subscription.getClientId(), subscription.getId());
    }

    /** The subscription's secret, or null when its seal cannot be opened (a key was removed too early). */
    private String signingSecret(WebhookSubscriptionEntity subscription) {
        try {
            return sealedSecrets.open(WebhookSubscriptions.SIGNING_SECRET, subscription.getSealedSigningSecret());
        } catch (SealedSecrets.SealBroken e) {
            log.error("Webhook subscription {} of {} not sent to: {}", subscription.getId(), subscription.getClientId(),
                    e.getMessage());
            return null;
        }
    }

    private boolean clientActive(String clientId) {
        ApiClientRegister clients = register.getIfAvailable();
        return clients != null && clients.find(clientId).map(ApiClientRegister.RegisteredClient::active).orElse(false);
    }

    private record Result(boolean delivered, Integer statusCode, String error) {
    }

    private Result send(Attempt attempt) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            if (attempt.secret() == null) {
                return new Result(false, null, "secret-unreadable");
            }
            String refused = addressRefused(URI.create(attempt.url()).getHost());
            if (refused != null) {
                return new Result(false, null, refused);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "ISDIP-Portal-Webhooks/1")
                    .header("ISDIP-Event", attempt.eventType())
                    .header("ISDIP-Delivery", Long.toString(attempt.deliveryId()))
                    .header("ISDIP-Timestamp", Long.toString(timestamp))
                    .header("ISDIP-Signature", WebhookSignature.sign(attempt.secret(), timestamp, attempt.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            return code >= 200 && code < 300 ? new Result(true, code, null)
                    : new Result(false, code, code >= 300 && code < 400 ? "redirect-not-followed" : null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, null, "interrupted");
        } catch (Exception e) {
            // The exception's kind only: its message may carry the URL, and the URL may carry a token.
            return new Result(false, null, e.getClass().getSimpleName());
        }
    }

    /**
     * Why the receiver's address may not be called (a code the delivery log translates), or null. A client names its own address, so the portal must not
     * become its way into the portal's own network: an address that resolves to this machine, a private, link-local
     * (cloud metadata), shared or multicast range is refused, unless the operator allows private addresses (the
     * departments' receivers sit on the government network) or, for development and tests, loopback.
     */
    public String addressRefused(String host) throws java.net.UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (java.net.InetAddress address : java.net.InetAddress.getAllByName(bare)) {
            if (address.isLoopbackAddress()) {
                if (!allowLoopback) {
                    return "address-refused-loopback";
                }
            } else if (!allowPrivate && (address.isAnyLocalAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress() || sharedOrUniqueLocal(address))) {
                return "address-refused-private";
            }
        }
        return null;
    }

    /** 100.64.0.0/10 (carrier-grade NAT, often a cluster's) and fc00::/7 (IPv6 unique local). */
    private static boolean sharedOrUniqueLocal(java.net.InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        return (bytes[0] & 0xfe) == 0xfc;
    }

    private void record(long id, Result result) {
        WebhookDeliveryEntity delivery = deliveries.findById(id).orElseThrow();
        Instant now = clock.instant();
        if (result.delivered()) {
            delivery.delivered(result.statusCode(), now);
            return;
        }
        boolean giveUp = !now.isBefore(delivery.getCreatedAt().plus(giveUpAfter));
        delivery.failed(result.statusCode(), result.error(), now, giveUp ? null : now.plus(backoff(delivery.getAttempts())));
    }

    /** 30 s after the first failure, doubling each time, at most an hour, plus up to a tenth more. */
    static Duration backoff(int failuresBefore) {
        Duration wait = failuresBefore >= 7 ? LONGEST_WAIT : FIRST_RETRY.multipliedBy(1L << failuresBefore);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        return wait.plusMillis(ThreadLocalRandom.current().nextLong(wait.toMillis() / 10 + 1));
    }
}
