package za.gov.dpsa.isdip.integration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;

import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity.Status;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryRepository;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookSubscriptionRepository;
import za.gov.dpsa.isdip.integration.internal.WebhookDeliveryLog;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ui.NotFoundView;
import za.gov.dpsa.isdip.support.WithPortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * The webhook delivery log: a department administrator sees their own department's deliveries only, filters them by
 * status and sends a given-up one again (recorded in the department's audit trail); DPSA sees every department's.
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "za.gov.dpsa.isdip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class WebhookDeliveriesViewTest extends SpringBrowserlessTest {

    @Autowired
    TenantWork tenantWork;
    @Autowired
    WebhookSubscriptionRepository subscriptions;
    @Autowired
    WebhookDeliveryRepository deliveries;
    @Autowired
    AuditTrail auditTrail;

    private final String run = Long.toString(System.nanoTime(), 36);
    private long delGivenUp;
    private long delDelivered;
    private long dhaFailing;

    @org.junit.jupiter.api.AfterEach
    void noSubscriptionsLeft() {
        tenantWork.inPlatform(() -> subscriptions.findByActiveTrue().stream()
                .filter(s -> s.getClientId().endsWith("-log-" + run)).forEach(WebhookSubscriptionEntity::deactivate));
    }

    @BeforeEach
    void someDeliveries() {
        tenantWork.inPlatform(() -> {
            Instant now = Instant.now();
            WebhookSubscriptionEntity del = subscriptions.save(new WebhookSubscriptionEntity("del-log-" + run, "del",
                    "https://del.example.gov.za/hook", "case.status-changed", "secret", now));
            WebhookSubscriptionEntity dha = subscriptions.save(new WebhookSubscriptionEntity("dha-log-" + run, "dha",
                    "https://dha.example.gov.za/hook", "case.status-changed", "secret", now));
            WebhookDeliveryEntity givenUp = delivery(del, 1, "DEL-2026-" + run, now);
            givenUp.failed(503, "HTTP 503", now, null);
            WebhookDeliveryEntity delivered = delivery(del, 2, "DEL-2026-" + run + "b", now);
            delivered.delivered(204, now);
            WebhookDeliveryEntity failing = delivery(dha, 3, "DHA-2026-" + run, now);
            failing.failed(null, "ConnectException", now, now.plusSeconds(30));
            delGivenUp = deliveries.save(givenUp).getId();
            delDelivered = deliveries.save(delivered).getId();
            dhaFailing = deliveries.save(failing).getId();
        });
    }

    private static WebhookDeliveryEntity delivery(WebhookSubscriptionEntity subscription, long eventId, String subject,
                                                  Instant now) {
        return new WebhookDeliveryEntity(subscription, subscription.getDepartmentId(), eventId, "case.status-changed",
                subject, "{}", now, now);
    }

    @Test
    @WithPortalUser(username = "del.admin", department = "del", roles = {"dept-user", "dept-admin"})
    @SuppressWarnings("unchecked")
    void aDepartmentAdministratorSeesTheirDeliveriesFiltersThemAndRetriesAGivenUpOne() {
        navigate(WebhookDeliveriesView.class);

        assertThat(find(H1.class).first().getText()).isEqualTo("Webhook deliveries");
        Grid<WebhookDeliveryLog.Entry> grid = find(Grid.class).id("webhook-deliveries");
        assertThat(ids(grid)).contains(delGivenUp, delDelivered).doesNotContain(dhaFailing);

        Select<String> status = find(Select.class).id("webhook-status");
        assertThat(status.getLabel()).isEqualTo("Status");
        status.setValue(Status.GAVE_UP.name());
        assertThat(ids(grid)).contains(delGivenUp).doesNotContain(delDelivered);
        int row = ids(grid).indexOf(delGivenUp);
        Button retry = (Button) test(grid).getCellComponent(row, "actions");
        assertThat(retry.getId()).contains("webhook-retry-" + delGivenUp);
        assertThat(retry.getText()).isEqualTo("Retry now");
        test(retry).click();

        WebhookDeliveryEntity retried = tenantWork.inPlatform(() -> deliveries.findById(delGivenUp).orElseThrow());
        assertThat(retried.getStatus()).isEqualTo(Status.FAILING);
        assertThat(retried.getNextAttemptAt()).isBefore(Instant.now().plusSeconds(1));
        assertThat(ids(grid)).doesNotContain(delGivenUp);
        assertThat(auditTrail.search("WebhookDelivery", "UPDATE", null, null))
                .anySatisfy(e -> {
                    assertThat(e.entityId()).isEqualTo(Long.toString(delGivenUp));
                    assertThat(e.username()).isEqualTo("del.admin");
                    assertThat(e.detail()).startsWith("Retry now requested");
                });
    }

    @Test
    @WithPortalUser(username = "dpsa.superadmin", department = "", roles = "dpsa-admin")
    @SuppressWarnings("unchecked")
    void dpsaSeesEveryDepartmentsDeliveries() {
        navigate(WebhookDeliveriesView.class);

        Grid<WebhookDeliveryLog.Entry> grid = find(Grid.class).id("webhook-deliveries");
        assertThat(ids(grid)).contains(delGivenUp, delDelivered, dhaFailing);
    }

    @Test
    @WithPortalUser(username = "del.official", department = "del", roles = "dept-user")
    void anOfficialCannotOpenTheDeliveryLog() {
        navigate("integration/deliveries", NotFoundView.class);

        assertThat(find(H1.class).id("not-found-heading").getText()).isEqualTo("Not found");
    }

    private List<Long> ids(Grid<WebhookDeliveryLog.Entry> grid) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            ids.add(test(grid).getRow(i).id());
        }
        return ids;
    }
}
