package za.gov.dpsa.isdip.accounts.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.accounts.internal.ApiClients;
import za.gov.dpsa.isdip.accounts.internal.DirectoryUnavailableException;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The API clients of the department's own systems (for DPSA: of every department, and DPSA's analytics): make one
 * and see its secret once, give it a new secret, revoke it. The service enforces who manages which.
 */
@Route("api-clients")
@Menu(title = "nav.apiClients", order = 75)
@RolesAllowed({PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DPSA_ADMIN})
public class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    /** The department choice's value for "no department": a DPSA analytics client. */
    private static final String ANALYTICS = "";

    private final ApiClients apiClients;
    private final DepartmentDirectory directory;
    private final boolean dpsa;
    private final Grid<ApiClients.ApiClient> grid = new Grid<>();

    public ApiClientsView(ApiClients apiClients, DepartmentDirectory directory) {
        this.apiClients = apiClients;
        this.directory = directory;
        this.dpsa = PortalUser.current().map(u -> u.hasRole(PortalRole.DPSA_ADMIN)).orElse(false);
        add(new H1(getTranslation("apiClients.title")),
                new Paragraph(getTranslation(dpsa ? "apiClients.help.dpsa" : "apiClients.help")));

        grid.setId("api-clients-grid");
        grid.setAriaLabel(getTranslation("apiClients.title"));
        grid.addColumn(ApiClients.ApiClient::name).setHeader(getTranslation("apiClients.name")).setFlexGrow(2)
                .setTooltipGenerator(ApiClients.ApiClient::name);
        Grid.Column<ApiClients.ApiClient> clientId = grid.addColumn(ApiClients.ApiClient::clientId)
                .setHeader(getTranslation("apiClients.clientId")).setFlexGrow(3)
                .setTooltipGenerator(ApiClients.ApiClient::clientId);
        Grid.Column<ApiClients.ApiClient> department = grid.addColumn(this::departmentName)
                .setHeader(getTranslation("apiClients.department")).setFlexGrow(2);
        department.setVisible(dpsa);
        Grid.Column<ApiClients.ApiClient> created = grid.addColumn(c -> PortalDates.dateTime(c.createdAt()))
                .setHeader(getTranslation("apiClients.created")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<ApiClients.ApiClient> rotated = grid.addColumn(c -> c.secretRotatedAt() == null ? ""
                        : PortalDates.dateTime(c.secretRotatedAt()))
                .setHeader(getTranslation("apiClients.rotated")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<ApiClients.ApiClient> rate = grid.addColumn(ApiClients.ApiClient::requestsPerMinute)
                .setHeader(getTranslation("apiClients.rate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.active() ? getTranslation("apiClients.status.active")
                        : getTranslation("apiClients.status.revoked", PortalDates.dateTime(c.revokedAt())))
                .setHeader(getTranslation("apiClients.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("apiClients.actions")).setFlexGrow(2)
                .setKey("actions");
        grid.setAllRowsVisible(true);
        ResponsiveColumns<ApiClients.ApiClient> columns = new ResponsiveColumns<>(grid,
                getTranslation("grid.columns")).secondary(clientId, created, rotated, rate);
        add(columns, grid, new H2(getTranslation("apiClients.new")), newClientForm(),
                new Paragraph(getTranslation("apiClients.docs")));
        refresh();
    }

    private void refresh() {
        grid.setItems(apiClients.list());
    }

    private Component actions(ApiClients.ApiClient client) {
        if (!client.active()) {
            return new HorizontalLayout();
        }
        Button rotate = new Button(getTranslation("apiClients.rotate"), click -> confirm(client,
                "apiClients.rotate.confirm", () -> showSecret(apiClients.rotate(client.id()))));
        rotate.setId("api-client-rotate-" + client.id());
        rotate.setAriaLabel(getTranslation("apiClients.rotate.for", client.name()));
        rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(getTranslation("apiClients.revoke"), click -> confirm(client,
                "apiClients.revoke.confirm", () -> {
                    apiClients.revoke(client.id());
                    Notification.show(getTranslation("apiClients.revoked", client.name()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }));
        revoke.setId("api-client-revoke-" + client.id());
        revoke.setAriaLabel(getTranslation("apiClients.revoke.for", client.name()));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        if (!dpsa) {
            return new HorizontalLayout(rotate, revoke);
        }
        Button rate = new Button(getTranslation("apiClients.rate.change"), click -> openRateDialog(client));
        rate.setId("api-client-rate-" + client.id());
        rate.setAriaLabel(getTranslation("apiClients.rate.for", client.name()));
        rate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(rotate, rate, revoke);
    }

    private Component newClientForm() {
        TextField name = new TextField(getTranslation("apiClients.name"));
        name.setId("api-client-name");
        name.setHelperText(getTranslation("apiClients.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ApiClients.NAME_MAX);
        name.setManualValidation(true);
        TextArea description = new TextArea(getTranslation("apiClients.description"));
        description.setId("api-client-description");
        description.setMaxLength(ApiClients.DESCRIPTION_MAX);
        description.setManualValidation(true);
        ComboBox<String> department = new ComboBox<>(getTranslation("apiClients.department"));
        department.setId("api-client-department");
        department.setItems(departmentChoices());
        department.setItemLabelGenerator(id -> ANALYTICS.equals(id) ? getTranslation("apiClients.analytics")
                : directory.find(id).map(Department::name).orElse(id));
        department.setValue(ANALYTICS);
        department.setHelperText(getTranslation("apiClients.department.help"));
        department.setManualValidation(true);
        department.setVisible(dpsa);
        Map<String, HasValidation> fields = Map.of("name", name, "description", description,
                "department", department);
        Button create = new Button(getTranslation("apiClients.create"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                ApiClients.Issued issued = apiClients.create(name.getValue(), description.getValue(),
                        dpsa ? department.getValue() : null);
                name.clear();
                description.clear();
                showSecret(issued);
            } catch (InvalidInput e) {
                HasValidation field = fields.getOrDefault(e.field(), name);
                field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                field.setInvalid(true);
            } catch (DirectoryUnavailableException e) {
                showError("apiClients.error.unavailable");
            }
        });
        create.setId("api-client-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, department, description, create);
        form.setColspan(description, 2);
        return form;
    }

    private List<String> departmentChoices() {
        List<String> choices = new java.util.ArrayList<>();
        choices.add(ANALYTICS);
        directory.all().stream().filter(Department::active).sorted(Comparator.comparing(Department::name))
                .map(Department::id).forEach(choices::add);
        return choices;
    }

    private void confirm(ApiClients.ApiClient client, String questionKey, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("api-client-confirm");
        dialog.setHeaderTitle(client.name());
        dialog.add(new Paragraph(getTranslation(questionKey, client.name())));
        Button yes = new Button(getTranslation("apiClients.confirm"), click -> {
            dialog.close();
            try {
                action.run();
            } catch (NotFound e) {
                showError("apiClients.error.notFound");
            } catch (InvalidInput e) {
                showError(e.messageKey());
            } catch (DirectoryUnavailableException e) {
                showError("apiClients.error.unavailable");
            }
            refresh();
        });
        yes.setId("api-client-confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("apiClients.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void openRateDialog(ApiClients.ApiClient client) {
        Dialog dialog = new Dialog();
        dialog.setId("api-client-rate-dialog");
        dialog.setHeaderTitle(client.name());
        com.vaadin.flow.component.textfield.IntegerField perMinute =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("apiClients.rate"));
        perMinute.setId("api-client-rate-value");
        perMinute.setValue(client.requestsPerMinute());
        perMinute.setHelperText(getTranslation("apiClients.rate.help", ApiClients.MIN_RATE, ApiClients.MAX_RATE));
        perMinute.setManualValidation(true);
        Button save = new Button(getTranslation("apiClients.rate.save"), click -> {
            try {
                Integer value = perMinute.getValue();
                apiClients.limitRate(client.id(), value == null ? 0 : value);
                dialog.close();
                refresh();
            } catch (InvalidInput e) {
                perMinute.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                perMinute.setInvalid(true);
            } catch (NotFound e) {
                dialog.close();
                showError("apiClients.error.notFound");
            }
        });
        save.setId("api-client-rate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("apiClients.cancel"), click -> dialog.close());
        dialog.add(perMinute);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** The secret, this once: the portal keeps none. */
    private void showSecret(ApiClients.Issued issued) {
        refresh();
        Dialog dialog = new Dialog();
        dialog.setId("api-client-secret-dialog");
        dialog.setHeaderTitle(getTranslation("apiClients.secret.title", issued.client().name()));
        TextField clientId = readOnly("apiClients.clientId", issued.client().clientId(), "api-client-issued-id");
        TextField secret = readOnly("apiClients.secret", issued.secret(), "api-client-issued-secret");
        TextField tokenUrl = readOnly("apiClients.tokenUrl", issued.tokenUrl(), "api-client-token-url");
        Button close = new Button(getTranslation("apiClients.close"), e -> dialog.close());
        close.setId("api-client-secret-close");
        dialog.add(new Paragraph(getTranslation("apiClients.secret.once")), clientId, secret, tokenUrl);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private TextField readOnly(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId(id);
        return field;
    }

    private String departmentName(ApiClients.ApiClient client) {
        return client.departmentId().map(id -> directory.find(id).map(Department::name).orElse(id))
                .orElse(getTranslation("apiClients.analytics"));
    }

    private void showError(String key) {
        PortalMessages.problem(Notification.show(getTranslation(key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiClients.title") + " | " + getTranslation("app.name");
    }
}
