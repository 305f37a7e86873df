package za.gov.dpsa.isdip.integration.rest;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import za.gov.dpsa.isdip.integration.internal.WebhookSubscriptions;

/**
 * An API client's webhook subscriptions: {@code GET} lists its own, {@code POST} registers one (the answer carries
 * the signing secret, once), {@code DELETE /{id}} removes one. Another client's id is not found. The client and
 * its department come from its token only. See {@code docs/api/webhooks.md}.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhooksController {

    /** A new subscription: where to send which event types ({@code case.status-changed} ...). */
    record NewSubscription(String url, List<String> eventTypes) {
    }

    /** A subscription as listed. */
    record SubscriptionResponse(long id, String url, List<String> eventTypes, String createdAt) {
        static SubscriptionResponse of(WebhookSubscriptions.Subscription s) {
            return new SubscriptionResponse(s.id(), s.url(), s.eventTypes(), s.createdAt().toString());
        }
    }

    /** The answer to a registration: the subscription and its signing secret, which is never shown again. */
    record CreatedResponse(long id, String url, List<String> eventTypes, String createdAt, String signingSecret) {
    }

    private final WebhookSubscriptions subscriptions;

    WebhooksController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping
    List<SubscriptionResponse> list() {
        return subscriptions.list().stream().map(SubscriptionResponse::of).toList();
    }

    @GetMapping("/{id}")
    SubscriptionResponse one(@PathVariable long id) {
        return SubscriptionResponse.of(subscriptions.find(id));
    }

    @PostMapping
    ResponseEntity<CreatedResponse> create(@RequestBody NewSubscription body) {
        WebhookSubscriptions.Created created = subscriptions.create(body.url(), body.eventTypes());
        WebhookSubscriptions.Subscription s = created.subscription();
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + s.id()))
                .body(new CreatedResponse(s.id(), s.url(), s.eventTypes(), s.createdAt().toString(),
                        created.signingSecret()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }
}
