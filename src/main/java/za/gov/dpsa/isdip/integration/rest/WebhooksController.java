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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import za.gov.dpsa.isdip.integration.internal.WebhookSubscriptions;

/**
 * An API client's webhook subscriptions: {@code GET} lists its own, {@code POST} registers one (the answer carries
 * the signing secret, once), {@code DELETE /{id}} removes one. Another client's id is not found. The client and
 * its department come from its token only. See {@code docs/api/webhooks.md}.
 */
@RestController
@RequestMapping(value = "/api/v1/webhooks", produces = "application/json")
@Tag(name = "Webhooks", description = "Events sent to the client's own address, signed with HMAC-SHA256 "
        + "(docs/api/webhooks.md)")
class WebhooksController {

    private static final String EXAMPLE = """
            {"id":7,"url":"https://callcentre.dha.example.gov.za/isdip/events",\
            "eventTypes":["case.status-changed","escalation.replied"],"createdAt":"2026-12-07T08:15:00Z"}""";
    private static final String EXAMPLE_CREATED = """
            {"id":7,"url":"https://callcentre.dha.example.gov.za/isdip/events",\
            "eventTypes":["case.status-changed","escalation.replied"],"createdAt":"2026-12-07T08:15:00Z",\
            "signingSecret":"q9Jx0uYv3m3H1oZ2mN8c2QeYkzq7T0w8yq1fV6dS0aA"}""";

    /** A new subscription: where to send which event types ({@code case.status-changed} ...). */
    @Schema(name = "NewWebhook")
    record NewSubscription(
            @Schema(description = "An https address of the client's system", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "https://callcentre.dha.example.gov.za/isdip/events") String url,
            @Schema(description = "case.status-changed, escalation.replied, report.status-changed (DPSA analytics: "
                    + "report.status-changed only)", requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "[\"case.status-changed\", \"escalation.replied\"]") List<String> eventTypes) {
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
    @Operation(operationId = "listWebhooks", summary = "The client's own webhook subscriptions")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "subscriptions",
            value = "[" + EXAMPLE + "]")))
    List<SubscriptionResponse> list() {
        return subscriptions.list().stream().map(SubscriptionResponse::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhook", summary = "One of the client's subscriptions")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "subscription",
            value = EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "Not a subscription of this client",
            content = @Content(mediaType = "application/problem+json"))
    SubscriptionResponse one(@Parameter(example = "7") @PathVariable long id) {
        return SubscriptionResponse.of(subscriptions.find(id));
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "createWebhook", summary = "Register an address for events",
            description = "The answer carries the signing secret, shown this once.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(name = "created",
            value = EXAMPLE_CREATED)))
    @ApiResponse(responseCode = "422", description = "Not an https address, or an unknown event type",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<CreatedResponse> create(@RequestBody NewSubscription body) {
        WebhookSubscriptions.Created created = subscriptions.create(body.url(), body.eventTypes());
        WebhookSubscriptions.Subscription s = created.subscription();
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + s.id()))
                .body(new CreatedResponse(s.id(), s.url(), s.eventTypes(), s.createdAt().toString(),
                        created.signingSecret()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Stop sending events to this subscription",
            description = "Its delivery log stays for the department administrator.")
    @ApiResponse(responseCode = "204", description = "Stopped")
    ResponseEntity<Void> delete(@Parameter(example = "7") @PathVariable long id) {
        subscriptions.delete(id);
        return ResponseEntity.noContent().build();
    }
}
