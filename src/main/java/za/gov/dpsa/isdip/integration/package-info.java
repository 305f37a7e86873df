/**
 * Integration: webhooks ("events") for the API clients of departments and of DPSA's analytics. A case status change,
 * a DPSA reply to an escalation and a report status change are written to an outbox ({@code webhook_event}) in the
 * same database and transaction as the change itself; a scheduled job fans the outbox out to the clients'
 * subscriptions ({@code webhook_delivery}, the delivery log) and sends each delivery signed with HMAC-SHA256,
 * retrying with backoff and keeping the order of each case's events.
 * <p>
 * Other modules use none of its types: it listens to the events of {@code cases} and {@code reporting}. Clients
 * manage their subscriptions under {@code /api/v1/webhooks} ({@code rest}); department administrators read the
 * delivery log ({@code ui}). See {@code docs/api/webhooks.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration",
        allowedDependencies = {"core", "platform", "platform::ui-components", "tenancy", "cases", "reporting"})
package za.gov.dpsa.isdip.integration;
