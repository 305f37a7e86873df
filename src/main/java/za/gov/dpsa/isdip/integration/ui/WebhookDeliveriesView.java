package za.gov.dpsa.isdip.integration.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity.Status;
import za.gov.dpsa.isdip.integration.internal.WebhookDeliveryLog;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The webhook delivery log: what the portal sent to the API clients' webhooks, and where each delivery stands. A
 * department administrator sees the deliveries to their department's clients; a DPSA super-admin every department's
 * and those to DPSA's analytics clients. A failing or given-up delivery can be sent again at once (audited).
 */
@Route("integration/deliveries")
@Menu(title = "nav.webhookDeliveries", order = 82)
@RolesAllowed({PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DPSA_ADMIN})
public class WebhookDeliveriesView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookDeliveryLog log;
    private final Grid<WebhookDeliveryLog.Entry> grid = new Grid<>();
    private final Select<String> status = new Select<>();

    public WebhookDeliveriesView(WebhookDeliveryLog log) {
        this.log = log;
        status.setId("webhook-status");
        status.setLabel(getTranslation("webhooks.filter.status"));
        status.setItems("", Status.PENDING.name(), Status.FAILING.name(), Status.GAVE_UP.name(),
                Status.DELIVERED.name());
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("webhooks.filter.all")
                : getTranslation("webhooks.status." + s));
        status.setValue("");
        status.addValueChangeListener(change -> refresh());

        grid.setId("webhook-deliveries");
        grid.setAriaLabel(getTranslation("webhooks.title"));
        grid.addColumn(e -> PortalDates.dateTimeWithSeconds(e.occurredAt())).setHeader(getTranslation("webhooks.when"))
                .setAutoWidth(true).setFlexGrow(0);
        boolean dpsa = PortalUser.current().map(u -> u.hasRole(PortalRole.DPSA_ADMIN)).orElse(false);
        Grid.Column<WebhookDeliveryLog.Entry> department = grid.addColumn(e -> e.departmentId() == null
                        ? getTranslation("webhooks.department.analytics") : e.departmentId())
                .setHeader(getTranslation("webhooks.department")).setAutoWidth(true);
        department.setVisible(dpsa);
        grid.addColumn(WebhookDeliveryLog.Entry::clientId).setHeader(getTranslation("webhooks.client"))
                .setTooltipGenerator(WebhookDeliveryLog.Entry::clientId);
        grid.addColumn(e -> getTranslation("webhooks.event." + e.eventType())).setHeader(getTranslation("webhooks.event"))
                .setFlexGrow(2);
        grid.addColumn(WebhookDeliveryLog.Entry::subject).setHeader(getTranslation("webhooks.subject"))
                .setAutoWidth(true);
        grid.addColumn(Badge.<WebhookDeliveryLog.Entry>renderer(e -> getTranslation("webhooks.status." + e.status()),
                        e -> Badge.theme(tone(e.status()), false)))
                .setHeader(getTranslation("webhooks.status")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<WebhookDeliveryLog.Entry> attempts = grid.addColumn(WebhookDeliveryLog.Entry::attempts)
                .setHeader(getTranslation("webhooks.attempts")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<WebhookDeliveryLog.Entry> code = grid.addColumn(this::lastResponse)
                .setHeader(getTranslation("webhooks.lastResponse")).setAutoWidth(true);
        Grid.Column<WebhookDeliveryLog.Entry> next = grid.addColumn(e -> e.nextAttemptAt() == null
                        || e.status() == Status.DELIVERED || e.status() == Status.GAVE_UP ? ""
                        : PortalDates.dateTimeWithSeconds(e.nextAttemptAt()))
                .setHeader(getTranslation("webhooks.nextAttempt")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("webhooks.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        ResponsiveColumns<WebhookDeliveryLog.Entry> columns = new ResponsiveColumns<>(grid,
                getTranslation("grid.columns")).secondary(attempts, code, next);

        HorizontalLayout filters = new HorizontalLayout(status, columns);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new PageHeader(getTranslation("webhooks.title")).withIntro(getTranslation("webhooks.help")), filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
        refresh();
    }

    private Component actions(WebhookDeliveryLog.Entry entry) {
        if (!entry.retryable()) {
            return new Span();
        }
        Button retry = new Button(getTranslation("webhooks.retry"), click -> retry(entry));
        retry.setId("webhook-retry-" + entry.id());
        retry.setAriaLabel(getTranslation("webhooks.retry.for", entry.subject(), entry.clientId()));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private void retry(WebhookDeliveryLog.Entry entry) {
        try {
            log.retryNow(entry.id());
            Notification.show(getTranslation("webhooks.retry.done", entry.subject()));
        } catch (Conflict | NotFound e) {
            PortalMessages.problem(Notification.show(getTranslation("webhooks.retry.notNow")));
        }
        refresh();
    }

    private void refresh() {
        String chosen = status.getValue();
        grid.setItems(log.recent(chosen == null || chosen.isEmpty() ? null : Status.valueOf(chosen)));
    }

    private static Badge.Tone tone(Status status) {
        return switch (status) {
            case DELIVERED -> Badge.Tone.SUCCESS;
            case FAILING -> Badge.Tone.WARNING;
            case GAVE_UP -> Badge.Tone.ERROR;
            case PENDING -> Badge.Tone.NEUTRAL;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title") + " | " + getTranslation("app.name");
    }

    /**
     * The receiver's status code, or why there was none: the portal's own reasons translated, a connection failure by
     * its technical name (ConnectException, HttpTimeoutException), which is what the receiver's operator looks up.
     */
    private String lastResponse(WebhookDeliveryLog.Entry entry) {
        if (entry.lastStatusCode() != null) {
            return entry.lastStatusCode().toString();
        }
        if (entry.lastError() == null) {
            return "";
        }
        return java.util.Set.of("redirect-not-followed", "interrupted", "address-refused-private",
                "address-refused-loopback", "secret-unreadable").contains(entry.lastError())
                ? getTranslation("webhooks.error." + entry.lastError()) : entry.lastError();
    }
}
