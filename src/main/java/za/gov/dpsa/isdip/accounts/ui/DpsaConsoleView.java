package za.gov.dpsa.isdip.accounts.ui;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.accounts.internal.ColleagueInvitation;
import za.gov.dpsa.isdip.accounts.internal.DepartmentProvisioning;
import za.gov.dpsa.isdip.accounts.internal.DirectoryUnavailableException;
import za.gov.dpsa.isdip.accounts.internal.InvitationOutcome;
import za.gov.dpsa.isdip.accounts.internal.OnboardingResult;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentEntry;
import za.gov.dpsa.isdip.tenancy.DepartmentHealth;
import za.gov.dpsa.isdip.tenancy.DepartmentInputException;
import za.gov.dpsa.isdip.tenancy.DepartmentOnboarding;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.TenantAccess;

/**
 * DPSA's department console: every department on the platform, the explicit, logged way into one of them,
 * onboarding with the department's first administrator, deactivation and each department's database health. It
 * is the accounts module's because onboarding invites that administrator; the registry it shows is tenancy's.
 */
@Route("dpsa")
@Menu(title = "nav.dpsa", order = 90)
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class DpsaConsoleView extends VerticalLayout implements HasDynamicTitle {

    static final int MIN_REASON_LENGTH = 10;

    private final DepartmentEntry departmentEntry;
    private final Grid<Department> departments = new Grid<>(Department.class, false);

    private final DepartmentAdministration administration;
    private final DepartmentProvisioning provisioning;

    public DpsaConsoleView(DepartmentDirectory directory, DepartmentEntry departmentEntry,
                           DepartmentAdministration administration, DepartmentProvisioning provisioning) {
        this.departmentEntry = departmentEntry;
        this.administration = administration;
        this.provisioning = provisioning;
        List<Department> all = directory.all();
        add(new H1(getTranslation("dpsa.title")), new H2(getTranslation("dpsa.departments")),
                new Paragraph(getTranslation("dpsa.departments.count", all.size())));

        departments.setId("dpsa-departments");
        departments.setAriaLabel(getTranslation("dpsa.departments"));
        departments.addColumn(Department::name).setHeader(getTranslation("dpsa.column.name")).setFlexGrow(3)
                .setSortable(true);
        departments.addColumn(Department::shortCode).setHeader(getTranslation("dpsa.column.shortCode"));
        departments.addColumn(d -> getTranslation("dpsa.sphere." + d.sphere()))
                .setHeader(getTranslation("dpsa.column.sphere")).setSortable(true);
        departments.addColumn(d -> d.province() == null ? "" : d.province().displayName())
                .setHeader(getTranslation("dpsa.column.province")).setSortable(true);
        departments.addColumn(d -> getTranslation(d.active() ? "dpsa.status.active" : "dpsa.status.inactive"))
                .setHeader(getTranslation("dpsa.column.status"));
        departments.addColumn(d -> PortalDates.dateTime(d.onboardedAt())).setHeader(getTranslation("dpsa.column.onboarded"))
                .setAutoWidth(true).setFlexGrow(0);
        departments.setItems(all);
        departments.setAllRowsVisible(true);

        Button enter = new Button(getTranslation("dpsa.enter"), click -> departments.getSelectedItems().stream()
                .findFirst().ifPresentOrElse(this::openEntryDialog,
                        () -> Notification.show(getTranslation("dpsa.enter.select"))));
        enter.setId("enter-department");
        Button deactivate = new Button(getTranslation("dpsa.deactivate"), click -> departments.getSelectedItems()
                .stream().findFirst().ifPresentOrElse(this::openDeactivateDialog,
                        () -> Notification.show(getTranslation("dpsa.enter.select"))));
        deactivate.setId("deactivate-department");
        Button reactivate = new Button(getTranslation("dpsa.reactivate"), click -> departments.getSelectedItems()
                .stream().findFirst().ifPresentOrElse(d -> {
                    administration.reactivate(d.id());
                    reloadPage();
                }, () -> Notification.show(getTranslation("dpsa.enter.select"))));
        reactivate.setId("reactivate-department");
        add(departments, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(enter, deactivate, reactivate));
        add(new H2(getTranslation("dpsa.onboard")), onboardForm());
        add(new H2(getTranslation("dpsa.health")), healthGrid());

        Grid<TenantAccess> accessLog = new Grid<>(TenantAccess.class, false);
        accessLog.setId("dpsa-access-log");
        accessLog.setAriaLabel(getTranslation("dpsa.accessLog"));
        accessLog.addColumn(a -> PortalDates.dateTime(a.occurredAt())).setHeader(getTranslation("dpsa.accessLog.when"))
                .setAutoWidth(true).setFlexGrow(0);
        accessLog.addColumn(TenantAccess::username).setHeader(getTranslation("dpsa.accessLog.who"));
        accessLog.addColumn(TenantAccess::departmentId).setHeader(getTranslation("dpsa.accessLog.department"));
        accessLog.addColumn(a -> getTranslation("dpsa.accessLog.action." + a.action()))
                .setHeader(getTranslation("dpsa.accessLog.action"));
        accessLog.addColumn(a -> a.reasonKey() == null ? a.reason()
                        : getTranslation(a.reasonKey(), a.reasonArguments().toArray()))
                .setHeader(getTranslation("dpsa.accessLog.reason")).setFlexGrow(3);
        accessLog.setItems(departmentEntry.recent());
        accessLog.setAllRowsVisible(true);
        add(new H2(getTranslation("dpsa.accessLog")), accessLog);
    }

    private com.vaadin.flow.component.Component onboardForm() {
        TextField id = new TextField(getTranslation("dpsa.onboard.id"));
        id.setHelperText(getTranslation("dpsa.onboard.id.help"));
        id.setId("onboard-id");
        TextField name = new TextField(getTranslation("dpsa.column.name"));
        name.setId("onboard-name");
        TextField shortCode = new TextField(getTranslation("dpsa.column.shortCode"));
        shortCode.setId("onboard-short-code");
        Select<Sphere> sphere = new Select<>();
        sphere.setLabel(getTranslation("dpsa.column.sphere"));
        sphere.setItems(Sphere.values());
        sphere.setItemLabelGenerator(s -> getTranslation("dpsa.sphere." + s));
        sphere.setValue(Sphere.PROVINCIAL);
        ComboBox<Province> province = new ComboBox<>(getTranslation("dpsa.column.province"));
        province.setItems(Province.values());
        province.setItemLabelGenerator(Province::displayName);
        province.setId("onboard-province");
        com.vaadin.flow.component.textfield.EmailField adminEmail = new com.vaadin.flow.component.textfield.EmailField(
                getTranslation("people.email"));
        adminEmail.setId("onboard-admin-email");
        adminEmail.setHelperText(getTranslation("dpsa.onboard.admin.help"));
        TextField adminFirstName = new TextField(getTranslation("people.firstName"));
        adminFirstName.setId("onboard-admin-first-name");
        TextField adminLastName = new TextField(getTranslation("people.lastName"));
        adminLastName.setId("onboard-admin-last-name");
        Select<String> server = new Select<>();
        server.setId("onboard-server");
        server.setLabel(getTranslation("dpsa.onboard.server"));
        server.setHelperText(getTranslation("dpsa.onboard.server.help"));
        server.setEmptySelectionAllowed(true);
        server.setEmptySelectionCaption(getTranslation("dpsa.onboard.server.leastUsed"));
        server.setItems(administration.databaseServers());
        Map<String, HasValidation> fields = Map.of("id", id, "name", name, "shortCode", shortCode, "province", province,
                "databaseServer", server, "adminEmail", adminEmail, "adminFirstName", adminFirstName,
                "adminLastName", adminLastName);
        Button onboard = new Button(getTranslation("dpsa.onboard.button"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            ColleagueInvitation admin = new ColleagueInvitation(adminEmail.getValue(), adminFirstName.getValue(),
                    adminLastName.getValue(), java.util.Set.of());
            try {
                OnboardingResult result = provisioning.onboard(new DepartmentDefinition(id.getValue().strip(),
                        name.getValue().strip(), shortCode.getValue().strip(), sphere.getValue(),
                        province.getValue(), List.of()), admin, server.getValue());
                showOnboardingResult(result, admin);
            } catch (DepartmentInputException refused) {
                // A core service's field has no input here; the form offers none, so it cannot be at fault.
                HasValidation target = fields.getOrDefault(refused.field(), id);
                target.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                target.setInvalid(true);
            } catch (InvalidInput refused) {
                // The first administrator's account was refused.
                HasValidation target = fields.getOrDefault(refused.field(), adminEmail);
                target.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                target.setInvalid(true);
            } catch (DepartmentOnboarding.DepartmentAlreadyOnboardedException refused) {
                id.setErrorMessage(getTranslation("dpsa.onboard.invalid.idTaken", id.getValue().strip()));
                id.setInvalid(true);
            }
        });
        onboard.setId("onboard-button");
        com.vaadin.flow.component.formlayout.FormLayout form = new com.vaadin.flow.component.formlayout.FormLayout(
                id, name, shortCode, sphere, province, server, new H3(getTranslation("dpsa.onboard.admin")), adminEmail,
                adminFirstName, adminLastName, onboard);
        form.setColspan(form.getChildren().filter(c -> c instanceof H3).findFirst().orElseThrow(), 2);
        return form;
    }

    /**
     * What onboarding did: the first administrator's invitation (a setup link is shown only here, once),
     * or which step failed, with a retry of the Keycloak step; the department itself is onboarded either way.
     */
    private void showOnboardingResult(OnboardingResult result, ColleagueInvitation admin) {
        Dialog dialog = new Dialog();
        dialog.setId("onboarding-result");
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        Button close = new Button(getTranslation("people.close"), e -> {
            dialog.close();
            reloadPage();
        });
        close.setId("onboarding-result-close");
        if (result.keycloakDone()) {
            dialog.setHeaderTitle(getTranslation("dpsa.onboard.keycloak.done", result.department().name()));
            showInvitation(dialog, result.invitation());
            dialog.getFooter().add(close);
        } else {
            dialog.setHeaderTitle(getTranslation("dpsa.onboard.keycloak.failed"));
            Paragraph failure = new Paragraph(getTranslation(result.failureKey(), result.failureDetail()));
            failure.setId("onboarding-failure");
            dialog.add(new Paragraph(getTranslation("dpsa.onboard.done", result.department().name())), failure);
            Button retry = new Button(getTranslation("dpsa.onboard.keycloak.retry"), e -> {
                try {
                    InvitationOutcome outcome = provisioning.provisionKeycloak(result.department().id(), admin);
                    dialog.removeAll();
                    dialog.setHeaderTitle(getTranslation("dpsa.onboard.keycloak.done", result.department().name()));
                    showInvitation(dialog, outcome);
                    dialog.getFooter().removeAll();
                    dialog.getFooter().add(close);
                } catch (DirectoryUnavailableException | InvalidInput again) {
                    failure.setText(getTranslation(again instanceof InvalidInput input
                            ? input.messageKey() : "dpsa.onboard.keycloak.unavailable", again.getMessage()));
                }
            });
            retry.setId("onboarding-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(close, retry);
        }
        dialog.open();
    }

    private void showInvitation(Dialog dialog, InvitationOutcome outcome) {
        if (outcome.alreadySetUp()) {
            dialog.add(new Paragraph(getTranslation("dpsa.onboard.keycloak.alreadySetUp", outcome.username())));
        } else if (outcome.emailSent()) {
            dialog.add(new Paragraph(getTranslation("people.invited.email", outcome.email())));
        } else {
            com.vaadin.flow.component.textfield.TextField link = new com.vaadin.flow.component.textfield.TextField(
                    getTranslation("people.invited.link.label"));
            link.setValue(org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/" + outcome.setupPath()).toUriString());
            link.setReadOnly(true);
            link.setWidthFull();
            link.setId("onboarding-link");
            dialog.add(new Paragraph(getTranslation("people.invited.link", outcome.username())), link,
                    new Paragraph(getTranslation("people.invited.link.once")));
        }
    }

    private Grid<DepartmentHealth> healthGrid() {
        Grid<DepartmentHealth> grid = new Grid<>(DepartmentHealth.class, false);
        grid.setId("dpsa-health");
        grid.setAriaLabel(getTranslation("dpsa.health"));
        grid.addColumn(h -> h.department().name()).setHeader(getTranslation("dpsa.column.name")).setFlexGrow(3);
        grid.addColumn(h -> getTranslation(h.department().active() ? "dpsa.status.active" : "dpsa.status.inactive"))
                .setHeader(getTranslation("dpsa.column.status"));
        grid.addComponentColumn(h -> {
            Badge state = new Badge(getTranslation("dpsa.health.state." + h.status()), switch (h.status()) {
                case SERVING -> Badge.Tone.SUCCESS;
                case UPDATING -> Badge.Tone.CONTRAST;
                case UNAVAILABLE, FAILED -> Badge.Tone.ERROR;
            });
            if (h.detail() != null) {
                state.setTitle(h.detail());
            }
            return state;
        }).setHeader(getTranslation("dpsa.health.state"));
        grid.addColumn(DepartmentHealth::databaseServer).setHeader(getTranslation("dpsa.health.server"));
        grid.addColumn(h -> h.status().serving() ? h.schemaChanges() + " (" + h.latestChange() + ")" : "")
                .setHeader(getTranslation("dpsa.health.schema")).setFlexGrow(2);
        grid.addColumn(h -> getTranslation("size.mb",
                        PortalNumbers.decimal(Math.round(h.sizeBytes() / 104857.6) / 10.0, getLocale())))
                .setHeader(getTranslation("dpsa.health.size"));
        grid.addColumn(DepartmentHealth::members).setHeader(getTranslation("dpsa.health.members"));
        grid.addColumn(h -> PortalDates.dateTime(h.lastSignIn()))
                .setHeader(getTranslation("dpsa.health.lastSignIn")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(administration.health());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void openDeactivateDialog(Department department) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dpsa.deactivate.dialog", department.name()));
        TextArea reason = new TextArea(getTranslation("dpsa.deactivate.reason"));
        reason.setId("deactivate-reason");
        reason.setWidthFull();
        reason.setErrorMessage(getTranslation("dpsa.enter.reason.required"));
        Button confirm = new Button(getTranslation("dpsa.deactivate"), click -> {
            if (reason.getValue().strip().length() < MIN_REASON_LENGTH) {
                reason.setInvalid(true);
                return;
            }
            administration.deactivate(department.id(), reason.getValue());
            dialog.close();
            reloadPage();
        });
        confirm.setId("deactivate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("dpsa.deactivate.explain")), reason);
        dialog.getFooter().add(new Button(getTranslation("dpsa.enter.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void reloadPage() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private void openEntryDialog(Department department) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dpsa.enter.dialog", department.name()));
        TextArea reason = new TextArea(getTranslation("dpsa.enter.reason"));
        reason.setId("enter-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setErrorMessage(getTranslation("dpsa.enter.reason.required"));
        Button confirm = new Button(getTranslation("dpsa.enter.confirm"), click -> {
            String text = reason.getValue().strip();
            if (text.length() < MIN_REASON_LENGTH) {
                reason.setInvalid(true);
                return;
            }
            departmentEntry.enter(department.id(), text);
            dialog.close();
            getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
        });
        confirm.setId("enter-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dpsa.enter.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("dpsa.enter.explain")), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dpsa.title") + " | " + getTranslation("app.name");
    }
}
