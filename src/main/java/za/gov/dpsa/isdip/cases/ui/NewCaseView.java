package za.gov.dpsa.isdip.cases.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.platform.ui.component.RequiredChoice;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/** Logging a case. Bad input is marked on its field with a message, and nothing typed is lost. */
@Route("cases/new")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN})
public class NewCaseView extends VerticalLayout implements HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<Mechanism> category = new Select<>();
    final Select<CasePriority> priority = new Select<>();
    final ComboBox<String> service = new ComboBox<>();
    final TextField servicePoint = new TextField();
    final Checkbox citizenInvolved = new Checkbox();
    final TextField citizenName = new TextField();
    final TextField citizenIdNumber = new TextField();
    final TextField citizenPhone = new TextField();
    final TextField citizenEmail = new TextField();
    final Button save = new Button();

    public NewCaseView(CaseService cases, CoreServices coreServices) {
        title.setLabel(getTranslation("cases.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setId("case-title");
        description.setLabel(getTranslation("cases.field.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(5000);
        description.setId("case-description");
        category.setLabel(getTranslation("cases.field.category"));
        category.setItems(Mechanism.values());
        category.setItemLabelGenerator(c -> CaseLabels.category(this, c));
        RequiredChoice.mark(category);
        category.setId("case-category");
        priority.setLabel(getTranslation("cases.field.priority"));
        priority.setItems(CasePriority.values());
        priority.setItemLabelGenerator(p -> CaseLabels.priority(this, p));
        priority.setValue(CasePriority.MEDIUM);
        priority.setId("case-priority");
        service.setLabel(getTranslation("cases.field.service"));
        service.setItems(coreServices.list().stream().map(CoreService::name).toList());
        service.setAllowCustomValue(true);
        service.addCustomValueSetListener(e -> service.setValue(e.getDetail()));
        service.setHelperText(getTranslation("cases.field.service.help"));
        service.setId("case-service");
        servicePoint.setLabel(getTranslation("cases.field.servicePoint"));
        servicePoint.setId("case-service-point");

        citizenInvolved.setLabel(getTranslation("cases.citizen.involved"));
        citizenInvolved.setId("case-citizen-involved");
        citizenName.setLabel(getTranslation("cases.citizen.name"));
        citizenName.setId("citizen-name");
        citizenIdNumber.setLabel(getTranslation("cases.citizen.idNumber"));
        citizenPhone.setLabel(getTranslation("cases.citizen.phone"));
        citizenEmail.setLabel(getTranslation("cases.citizen.email"));
        citizenPhone.setId("citizen-phone");
        Paragraph personalInformation = new Paragraph(getTranslation("cases.citizen.notice"));
        personalInformation.addClassName("personal-information-notice");
        FormLayout citizen = new FormLayout(citizenName, citizenIdNumber, citizenPhone, citizenEmail);
        VerticalLayout citizenSection = new VerticalLayout(new H2(getTranslation("cases.citizen.title")),
                personalInformation, citizen);
        citizenSection.setPadding(false);
        citizenSection.setVisible(false);
        citizenInvolved.addValueChangeListener(e -> citizenSection.setVisible(e.getValue()));

        save.setText(getTranslation("cases.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("case-save");
        // Pressed twice on a slow link, it would log the case twice: disabled from the click until the answer.
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            clearErrors();
            CitizenDetails citizenDetails = citizenInvolved.getValue() ? new CitizenDetails(citizenName.getValue(),
                    citizenIdNumber.getValue(), citizenPhone.getValue(), citizenEmail.getValue()) : null;
            try {
                long id = cases.create(new NewCase(title.getValue(), description.getValue(), category.getValue(),
                        service.getValue(), servicePoint.getValue(), priority.getValue(), citizenDetails));
                Notification.show(getTranslation("cases.new.saved"));
                String reference = cases.details(id).reference();
                getUI().ifPresent(ui -> ui.navigate(CaseView.class, new RouteParameters("reference", reference)));
            } catch (InvalidInput invalid) {
                showError(invalid);
            }
        });
        // Listeners run in the order added: once the case is saved (or refused), the button may be pressed again.
        save.addClickListener(click -> save.setEnabled(true));
        Button cancel = new Button(getTranslation("cases.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(CaseListView.class)));

        FormLayout form = new FormLayout(title, category, priority, service, servicePoint);
        form.setColspan(title, 2);
        add(new PageHeader(getTranslation("cases.new")), form, description, citizenInvolved, citizenSection,
                new HorizontalLayout(save, cancel));
        description.setWidthFull();
        setMaxWidth("60rem");
    }

    private void showError(InvalidInput invalid) {
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "category", category,
                "priority", priority, "serviceName", service, "servicePoint", servicePoint, "citizenName", citizenName,
                "citizenPhone", citizenPhone, "citizenEmail", citizenEmail, "citizenIdNumber", citizenIdNumber);
        HasValidation field = fields.get(invalid.field());
        String message = getTranslation(invalid.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        PortalMessages.problem(Notification.show(getTranslation("cases.invalid.summary", message)));
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {title, description, category, priority, service, servicePoint,
                citizenName, citizenPhone, citizenEmail, citizenIdNumber}) {
            field.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.new") + " | " + getTranslation("app.name");
    }
}
