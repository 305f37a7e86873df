package za.gov.dpsa.isdip.accounts.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.accounts.internal.ColleagueInvitation;
import za.gov.dpsa.isdip.accounts.internal.DepartmentColleague;
import za.gov.dpsa.isdip.accounts.internal.DepartmentUserDirectory;
import za.gov.dpsa.isdip.accounts.internal.DirectoryChange;
import za.gov.dpsa.isdip.accounts.internal.DirectoryUnavailableException;
import za.gov.dpsa.isdip.accounts.internal.InvitationOutcome;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * The department administrator's colleagues: who has access, with which department roles; invite a colleague,
 * change their roles, disable or re-enable them. The directory service enforces the department scope.
 */
@Route("people")
@Menu(title = "nav.people", order = 70)
@RolesAllowed(PortalRole.Names.DEPT_ADMIN)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentUserDirectory directory;
    private final Grid<DepartmentColleague> people = new Grid<>();
    private final Grid<DirectoryChange> changes = new Grid<>();

    public PeopleView(DepartmentUserDirectory directory) {
        this.directory = directory;
        add(new H1(getTranslation("people.title")), new Paragraph(getTranslation("people.help")));

        people.setId("people-grid");
        people.setAriaLabel(getTranslation("people.title"));
        people.addColumn(DepartmentColleague::displayName).setHeader(getTranslation("people.name")).setFlexGrow(2)
                .setSortable(true).setComparator(DepartmentColleague::displayName);
        // On a phone: the name, the status and what can be done; the Columns menu brings back the username and roles.
        Grid.Column<DepartmentColleague> username = people.addColumn(DepartmentColleague::username)
                .setHeader(getTranslation("people.username")).setFlexGrow(2)
                .setTooltipGenerator(DepartmentColleague::username);
        Grid.Column<DepartmentColleague> roles = people.addColumn(c -> roleLabels(c.roles()))
                .setHeader(getTranslation("people.roles")).setFlexGrow(2);
        people.addColumn(c -> getTranslation(!c.enabled() ? "people.status.disabled"
                : c.setupPending() ? "people.status.pending" : "people.status.active"))
                .setHeader(getTranslation("people.status"));
        people.addComponentColumn(this::actions).setHeader(getTranslation("people.actions")).setFlexGrow(2);
        people.setAllRowsVisible(true);
        ResponsiveColumns<DepartmentColleague> columns = new ResponsiveColumns<>(people,
                getTranslation("grid.columns")).secondary(username, roles);
        add(columns, people, new H2(getTranslation("people.invite")), inviteForm());

        changes.setId("people-changes");
        changes.setAriaLabel(getTranslation("people.changes"));
        changes.addColumn(c -> PortalDates.dateTime(c.occurredAt())).setHeader(getTranslation("people.changes.when"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(DirectoryChange::actor).setHeader(getTranslation("people.changes.who"));
        changes.addColumn(DirectoryChange::targetUsername).setHeader(getTranslation("people.changes.whom"))
                .setFlexGrow(2);
        changes.addColumn(c -> getTranslation("people.changes.action." + c.action()))
                .setHeader(getTranslation("people.changes.action"));
        changes.addColumn(this::detail).setHeader(getTranslation("people.changes.detail"))
                .setFlexGrow(3);
        changes.setAllRowsVisible(true);
        add(new H2(getTranslation("people.changes")), changes);
        refresh();
    }

    private void refresh() {
        try {
            people.setItems(directory.colleagues());
            changes.setItems(directory.recentChanges());
        } catch (DirectoryUnavailableException e) {
            people.setItems(List.of());
            showError("people.error.unavailable");
        }
    }

    private Component actions(DepartmentColleague colleague) {
        Button roles = new Button(getTranslation("people.editRoles"), click -> openRolesDialog(colleague));
        roles.setId("people-roles-" + colleague.username());
        roles.setAriaLabel(getTranslation("people.editRoles.for", colleague.displayName()));
        Button toggle = colleague.enabled()
                ? new Button(getTranslation("people.disable"), click -> openDisableDialog(colleague))
                : new Button(getTranslation("people.enable"), click -> run(() -> directory.enable(colleague.id()),
                        "people.enabled", colleague.displayName()));
        toggle.setId((colleague.enabled() ? "people-disable-" : "people-enable-") + colleague.username());
        toggle.setAriaLabel(getTranslation(colleague.enabled() ? "people.disable.for" : "people.enable.for",
                colleague.displayName()));
        roles.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (colleague.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        boolean self = PortalUser.current().map(u -> u.username().equalsIgnoreCase(colleague.username()))
                .orElse(false);
        // An administrator cannot disable themselves (the service refuses it too).
        return self ? new HorizontalLayout(roles) : new HorizontalLayout(roles, toggle);
    }

    private Component inviteForm() {
        EmailField email = new EmailField(getTranslation("people.email"));
        email.setId("invite-email");
        email.setHelperText(getTranslation("people.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(200);
        TextField firstName = new TextField(getTranslation("people.firstName"));
        firstName.setId("invite-first-name");
        firstName.setRequiredIndicatorVisible(true);
        firstName.setMaxLength(100);
        TextField lastName = new TextField(getTranslation("people.lastName"));
        lastName.setId("invite-last-name");
        lastName.setRequiredIndicatorVisible(true);
        lastName.setMaxLength(100);
        CheckboxGroup<PortalRole> roles = roleChoice();
        roles.setId("invite-roles");
        roles.setValue(EnumSet.of(PortalRole.DEPT_USER));
        Map<String, HasValidation> fields = Map.of("email", email, "firstName", firstName, "lastName", lastName,
                "roles", roles);
        // The directory service validates; its messages go on the fields (and clearing after success is no error).
        email.setManualValidation(true);
        firstName.setManualValidation(true);
        lastName.setManualValidation(true);
        roles.setManualValidation(true);
        Button invite = new Button(getTranslation("people.invite.button"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                InvitationOutcome outcome = directory.invite(new ColleagueInvitation(email.getValue(),
                        firstName.getValue(), lastName.getValue(), roles.getValue()));
                email.clear();
                firstName.clear();
                lastName.clear();
                roles.setValue(EnumSet.of(PortalRole.DEPT_USER));
                showInvitation(outcome);
                refresh();
            } catch (InvalidInput e) {
                HasValidation field = fields.getOrDefault(e.field(), email);
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            } catch (DirectoryUnavailableException e) {
                showError("people.error.unavailable");
            }
        });
        invite.setId("invite-button");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(email, firstName, lastName, roles, invite);
        form.setColspan(roles, 2);
        return form;
    }

    /** Shows how the invited colleague gets in; a setup link is shown this once only. */
    private void showInvitation(InvitationOutcome outcome) {
        Dialog dialog = new Dialog();
        dialog.setId("invitation-dialog");
        dialog.setHeaderTitle(getTranslation("people.invited.title", outcome.username()));
        if (outcome.emailSent()) {
            dialog.add(new Paragraph(getTranslation("people.invited.email", outcome.email())));
        } else {
            com.vaadin.flow.component.textfield.TextField link = new com.vaadin.flow.component.textfield.TextField(
                    getTranslation("people.invited.link.label"));
            link.setValue(org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/" + outcome.setupPath()).toUriString());
            link.setReadOnly(true);
            link.setWidthFull();
            link.setId("invitation-link");
            dialog.add(new Paragraph(getTranslation("people.invited.link", outcome.username())), link,
                    new Paragraph(getTranslation("people.invited.link.once")));
        }
        Button close = new Button(getTranslation("people.close"), e -> dialog.close());
        close.setId("invitation-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void openRolesDialog(DepartmentColleague colleague) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people.editRoles.for", colleague.displayName()));
        CheckboxGroup<PortalRole> roles = roleChoice();
        roles.setId("roles-choice");
        roles.setValue(colleague.roles().stream().filter(DepartmentUserDirectory.GRANTABLE::contains)
                .collect(Collectors.toSet()));
        Button save = new Button(getTranslation("people.save"), click -> {
            try {
                directory.setRoles(colleague.id(), roles.getValue());
                dialog.close();
                Notification.show(getTranslation("people.rolesChanged", colleague.displayName()));
                refresh();
            } catch (InvalidInput e) {
                roles.setErrorMessage(getTranslation(e.messageKey()));
                roles.setInvalid(true);
            } catch (AccessDeniedException e) {
                roles.setErrorMessage(getTranslation("people.error.ownAdminRole"));
                roles.setInvalid(true);
            } catch (NotFound e) {
                dialog.close();
                showError("people.error.notFound");
                refresh();
            } catch (DirectoryUnavailableException e) {
                showError("people.error.unavailable");
            }
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("people.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openDisableDialog(DepartmentColleague colleague) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people.disable.for", colleague.displayName()));
        Button confirm = new Button(getTranslation("people.disable"), click -> {
            dialog.close();
            run(() -> directory.disable(colleague.id()), "people.disabled", colleague.displayName());
        });
        confirm.setId("disable-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("people.disable.explain")));
        dialog.getFooter().add(new Button(getTranslation("people.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void run(Runnable change, String doneKey, String name) {
        try {
            change.run();
            Notification.show(getTranslation(doneKey, name));
        } catch (AccessDeniedException e) {
            showError("people.error.self");
        } catch (NotFound e) {
            showError("people.error.notFound");
        } catch (DirectoryUnavailableException e) {
            showError("people.error.unavailable");
        }
        refresh();
    }

    private CheckboxGroup<PortalRole> roleChoice() {
        CheckboxGroup<PortalRole> roles = new CheckboxGroup<>(getTranslation("people.roles"));
        roles.setItems(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER, PortalRole.DEPT_ADMIN);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.roleName()));
        // Said in words, not with the required indicator: Vaadin marks a required group aria-required, which ARIA
        // does not allow on role=group (axe aria-allowed-attr), and screen readers would not announce it.
        roles.setHelperText(getTranslation("people.roles.help"));
        return roles;
    }

    /** The change's detail in words; a stored text of no known form (none is written any more) as it is. */
    private String detail(DirectoryChange change) {
        if (change.detailKey() == null) {
            return change.detail() == null ? "" : change.detail();
        }
        return getTranslation(change.detailKey(), roleLabels(change.roles()));
    }

    private String roleLabels(Set<PortalRole> roles) {
        return roles.stream().sorted().map(role -> getTranslation("role." + role.roleName()))
                .collect(Collectors.joining(", "));
    }

    private void showError(String key) {
        Notification notification = Notification.show(getTranslation(key));
        PortalMessages.problem(notification);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " | " + getTranslation("app.name");
    }
}
