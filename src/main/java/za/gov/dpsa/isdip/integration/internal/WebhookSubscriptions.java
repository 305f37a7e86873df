package za.gov.dpsa.isdip.integration.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionRepository;
import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.platform.SealedSecrets;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * An API client's own webhook subscriptions: it lists, creates and deletes them through the API and sees no other
 * client's. Its department always comes from its token: a department's client gets its own department's events,
 * DPSA's analytics client (no department) the report status changes of every department.
 */
@Service
public class WebhookSubscriptions {

    static final int MAX_URL = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The purpose a subscription's signing secret is sealed for. */
    public static final String SIGNING_SECRET = "webhook-signing-secret";

    /** A subscription as the API shows it; the signing secret only in {@link Created}, once. */
    public record Subscription(long id, String url, List<String> eventTypes, Instant createdAt) {
    }

    /** A new subscription with its signing secret, which the portal never shows again. */
    public record Created(Subscription subscription, String signingSecret) {
    }

    private final WebhookSubscriptionRepository subscriptions;
    private final TenantWork tenantWork;
    private final ObjectProvider<ApiClientRegister> register;
    private final Clock clock;
    private final boolean allowPlainHttpToLoopback;
    private final int maxPerClient;
    private final SealedSecrets sealedSecrets;

    WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, TenantWork tenantWork,
                         ObjectProvider<ApiClientRegister> register, Clock clock, SealedSecrets sealedSecrets,
                         @Value("${isdip.api.webhooks.allow-plain-http-to-loopback:false}") boolean allowPlainHttpToLoopback,
                         @Value("${isdip.api.webhooks.max-subscriptions-per-client:10}") int maxPerClient) {
        this.subscriptions = subscriptions;
        this.tenantWork = tenantWork;
        this.register = register;
        this.clock = clock;
        this.allowPlainHttpToLoopback = allowPlainHttpToLoopback;
        this.maxPerClient = maxPerClient;
        this.sealedSecrets = sealedSecrets;
    }

    public List<Subscription> list() {
        Caller caller = caller();
        return tenantWork.inPlatform(() -> subscriptions.findByClientIdAndActiveTrueOrderByIdAsc(caller.clientId())
                .stream().map(WebhookSubscriptions::view).toList());
    }

    public Subscription find(long id) {
        Caller caller = caller();
        return tenantWork.inPlatform(() -> subscriptions.findByIdAndClientIdAndActiveTrue(id, caller.clientId())
                .map(WebhookSubscriptions::view).orElseThrow(() -> notFound(id)));
    }

    public Created create(String url, List<String> eventTypes) {
        Caller caller = caller();
        String checkedUrl = checkUrl(url);
        Set<WebhookEventType> types = checkEventTypes(eventTypes, caller.departmentId() == null);
        String secret = newSecret();
        String sealed = sealedSecrets.seal(SIGNING_SECRET, secret);
        String typeNames = String.join(",", types.stream().map(WebhookEventType::wireName).toList());
        WebhookSubscriptionEntity saved = tenantWork.inPlatform(() -> {
            if (subscriptions.countByClientIdAndActiveTrue(caller.clientId()) >= maxPerClient) {
                throw new Conflict("Client " + caller.clientId() + " has " + maxPerClient + " subscriptions already",
                        "webhooks.tooMany");
            }
            return subscriptions.save(new WebhookSubscriptionEntity(caller.clientId(), caller.departmentId(),
                    checkedUrl, typeNames, sealed, clock.instant()));
        });
        return new Created(view(saved), secret);
    }

    /** Deletes (deactivates) one of the caller's subscriptions; another client's is not found. */
    public void delete(long id) {
        Caller caller = caller();
        tenantWork.inPlatform(() -> subscriptions.findByIdAndClientIdAndActiveTrue(id, caller.clientId())
                .orElseThrow(() -> notFound(id)).deactivate());
    }

    private static NotFound notFound(long id) {
        return new NotFound("No webhook subscription " + id + " of this client");
    }

    private record Caller(String clientId, String departmentId) {
    }

    /** The calling API client, registered and active; its department from its token (none for analytics). */
    private Caller caller() {
        SystemClient client = PortalUser.current().filter(SystemClient.class::isInstance).map(SystemClient.class::cast)
                .orElseThrow(() -> new AccessDeniedException("Webhooks are managed by API clients"));
        ApiClientRegister clients = register.getIfAvailable();
        boolean active = clients != null && clients.find(client.clientId())
                .map(ApiClientRegister.RegisteredClient::active).orElse(false);
        if (!active) {
            throw new AccessDeniedException("API client " + client.clientId() + " is not registered or was revoked");
        }
        if (client.readsAcrossDepartments()) {
            return new Caller(client.clientId(), null);
        }
        String departmentId = client.departmentId().orElse(null);
        if (departmentId == null || !departmentId.equals(client.homeTenant())) {
            throw new AccessDeniedException("API client " + client.clientId() + " works for no department");
        }
        return new Caller(client.clientId(), departmentId);
    }

    /**
     * An absolute https URL without credentials or fragment; plain http only to a loopback address, and only while
     * {@code isdip.api.webhooks.allow-plain-http-to-loopback} is on (development and tests).
     */
    String checkUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > MAX_URL) {
            throw new InvalidInput("url", "webhooks.invalid.url");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "webhooks.invalid.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getHost().isBlank()
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInput("url", "webhooks.invalid.url");
        }
        boolean https = scheme.equals("https");
        boolean loopbackHttp = scheme.equals("http") && allowPlainHttpToLoopback && isLoopback(uri.getHost());
        if (!https && !loopbackHttp) {
            throw new InvalidInput("url", "webhooks.invalid.url");
        }
        return uri.toString();
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Literal addresses only: a name is never resolved here (it could resolve elsewhere later).
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Set<WebhookEventType> checkEventTypes(List<String> names, boolean analytics) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInput("eventTypes", "webhooks.invalid.noEventTypes");
        }
        Set<WebhookEventType> types = new LinkedHashSet<>();
        for (String name : names) {
            String shown = name == null ? "" : name.length() > 60 ? name.substring(0, 60) : name;
            WebhookEventType type = WebhookEventType.fromWireName(name)
                    .orElseThrow(() -> new InvalidInput("eventTypes", "webhooks.invalid.eventType", shown));
            if (analytics && !type.forAnalytics()) {
                throw new InvalidInput("eventTypes", "webhooks.invalid.eventTypeNotForClient", shown);
            }
            types.add(type);
        }
        return types;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Subscription view(WebhookSubscriptionEntity entity) {
        return new Subscription(entity.getId(), entity.getUrl(),
                new ArrayList<>(List.of(entity.getEventTypes().split(","))), entity.getCreatedAt());
    }
}
