package za.gov.dpsa.isdip.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.integration.internal.WebhookSubscriptions;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * The rules behind {@code /api/v1/webhooks}, through the service the controller calls, as the API client (a
 * {@link SystemClient}): its own subscriptions only, the secret once, the address and event type checks.
 * ({@link WebhookApiTest} checks the same over HTTP once the API's security chain is there.)
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestApiClients.class)
class WebhookSubscriptionsTest {

    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    TestApiClients.Register register;

    private final String run = Long.toString(System.nanoTime(), 36);
    private SystemClient mine;
    private SystemClient other;

    @BeforeEach
    void clients() {
        mine = TestApiClients.departmentClient("del-subs-" + run, "del");
        other = TestApiClients.departmentClient("dha-subs-" + run, "dha");
        register.put(mine, true);
        register.put(other, true);
    }

    @AfterEach
    void noSubscriptionsLeft() {
        for (SystemClient client : List.of(mine, other)) {
            register.put(client, true);
            as(client, () -> {
                subscriptions.list().forEach(s -> subscriptions.delete(s.id()));
                return null;
            });
        }
    }

    @Test
    void aClientCreatesListsAndDeletesItsOwnSubscriptionsAndAnothersIsNotFound() {
        WebhookSubscriptions.Created created = as(mine, () -> subscriptions.create(
                "https://systems.example.gov.za/isdip", List.of("case.status-changed", "escalation.replied")));

        assertThat(Base64.getUrlDecoder().decode(created.signingSecret())).hasSize(32);
        long id = created.subscription().id();
        assertThat(as(mine, () -> subscriptions.list())).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.eventTypes()).containsExactly("case.status-changed", "escalation.replied");
        });
        assertThat(as(other, () -> subscriptions.list())).isEmpty();
        assertThatThrownBy(() -> as(other, () -> subscriptions.find(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(other, () -> {
            subscriptions.delete(id);
            return null;
        })).isInstanceOf(NotFound.class);

        as(mine, () -> {
            subscriptions.delete(id);
            return null;
        });
        assertThat(as(mine, () -> subscriptions.list())).isEmpty();
        assertThatThrownBy(() -> as(mine, () -> subscriptions.find(id))).isInstanceOf(NotFound.class);
    }

    @Test
    void badAddressesAndUnknownEventTypesAreRefusedOnTheirField() {
        for (String url : List.of("ftp://systems.example.gov.za/x", "http://systems.example.gov.za/plain",
                "/relative/path", "https://user:pass@systems.example.gov.za/x", "not a url", "",
                "http://localhost.example.org/x")) {
            assertThatThrownBy(() -> as(mine, () -> subscriptions.create(url, List.of("case.status-changed"))))
                    .as(url).isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("url");
                        assertThat(e.messageKey()).isEqualTo("webhooks.invalid.url");
                    });
        }
        assertThatThrownBy(() -> as(mine, () -> subscriptions.create("https://systems.example.gov.za/x",
                List.of("case.status-changed", "case.deleted")))).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("eventTypes");
                    assertThat(e.messageKey()).isEqualTo("webhooks.invalid.eventType");
                    assertThat(e.arguments()).containsExactly("case.deleted");
                });
        assertThatThrownBy(() -> as(mine, () -> subscriptions.create("https://systems.example.gov.za/x", List.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("eventTypes"));
        // Plain http to a loopback address: allowed in tests (isdip.api.webhooks.allow-plain-http-to-loopback).
        assertThat(as(mine, () -> subscriptions.create("http://127.0.0.1:9/hook", List.of("case.status-changed")))
                .subscription().url()).isEqualTo("http://127.0.0.1:9/hook");
    }

    @Test
    void anAnalyticsClientSubscribesToReportChangesOnlyAndARevokedOrUnknownClientToNothing() {
        SystemClient analytics = TestApiClients.analyticsClient("analytics-subs-" + run);
        register.put(analytics, true);
        assertThatThrownBy(() -> as(analytics, () -> subscriptions.create("https://m-and-e.example.gov.za/x",
                List.of("case.status-changed")))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("webhooks.invalid.eventTypeNotForClient"));
        long id = as(analytics, () -> subscriptions.create("https://m-and-e.example.gov.za/x",
                List.of("report.status-changed"))).subscription().id();
        as(analytics, () -> {
            subscriptions.delete(id);
            return null;
        });

        register.put(other, false);
        assertThatThrownBy(() -> as(other, () -> subscriptions.list())).isInstanceOf(AccessDeniedException.class);
        SystemClient unknown = TestApiClients.departmentClient("never-registered-" + run, "del");
        assertThatThrownBy(() -> as(unknown, () -> subscriptions.list())).isInstanceOf(AccessDeniedException.class);
        PortalUser person = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");
        assertThatThrownBy(() -> as(person, () -> subscriptions.list())).isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
