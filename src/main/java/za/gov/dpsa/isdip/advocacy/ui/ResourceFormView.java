package za.gov.dpsa.isdip.advocacy.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.Audience;
import za.gov.dpsa.isdip.advocacy.internal.NewResource;
import za.gov.dpsa.isdip.advocacy.internal.ResourceKind;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.platform.ui.component.RequiredChoice;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * Publishing a resource: DPSA's for every department ({@code ?source=dpsa}, DPSA super-admins) or the
 * department's own ({@code ?source=department}, its officials). Bad input is marked on its field, nothing typed
 * is lost, and a refused file is named with the reason.
 */
@Route("advocacy/new")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DPSA_ADMIN})
public class ResourceFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final Select<ResourceKind> kind = new Select<>();
    final MultiSelectComboBox<Mechanism> mechanisms = new MultiSelectComboBox<>();
    final MultiSelectComboBox<BathoPelePrinciple> principles = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Audience> audiences = new MultiSelectComboBox<>();
    final VersionInput content = new VersionInput("resource");
    final Button publish = new Button();
    // Title and intro name the source the resource is published for; set once the address says which.
    private final PageHeader heading = new PageHeader("").withIntro("");
    private final AdvocacyLibrary library;
    private ResourceSource source = ResourceSource.DEPARTMENT;

    public ResourceFormView(AdvocacyLibrary library) {
        this.library = library;
        heading.title().setId("resource-form-heading");
        title.setLabel(getTranslation("advocacy.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setId("resource-title");
        summary.setLabel(getTranslation("advocacy.field.summary"));
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(2000);
        summary.setWidthFull();
        summary.setId("resource-summary");
        kind.setLabel(getTranslation("advocacy.field.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> AdvocacyLabels.of(this, k));
        RequiredChoice.mark(kind);
        kind.setId("resource-kind");
        mechanisms.setLabel(getTranslation("advocacy.field.mechanisms"));
        mechanisms.setItems(Mechanism.named());
        mechanisms.setItemLabelGenerator(m -> AdvocacyLabels.of(this, m));
        mechanisms.setRequiredIndicatorVisible(true);
        mechanisms.setId("resource-mechanisms");
        principles.setLabel(getTranslation("advocacy.field.principles"));
        principles.setItems(BathoPelePrinciple.values());
        principles.setItemLabelGenerator(p -> AdvocacyLabels.of(this, p));
        principles.setId("resource-principles");
        audiences.setLabel(getTranslation("advocacy.field.audiences"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> AdvocacyLabels.of(this, a));
        audiences.setRequiredIndicatorVisible(true);
        audiences.setId("resource-audiences");

        publish.setText(getTranslation("advocacy.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("resource-publish");
        publish.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("advocacy.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(AdvocacyView.class)));

        AdvocacyLabels.checkedByTheService(title, summary, kind, mechanisms, principles, audiences);
        FormLayout form = new FormLayout(title, kind, mechanisms, principles, audiences);
        form.setColspan(title, 2);
        add(heading, form, summary, content, new HorizontalLayout(publish, cancel));
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        source = event.getLocation().getQueryParameters().getSingleParameter("source")
                .flatMap(ResourceSource::fromSlug).orElse(ResourceSource.DEPARTMENT);
        if (!AdvocacyLibrary.mayPublish(PortalUser.current().orElseThrow(), source)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        heading.title().setText(getTranslation("advocacy.new." + source.name()));
        heading.withIntro(getTranslation("advocacy.new." + source.name() + ".intro"));
    }

    ResourceSource source() {
        return source;
    }

    private void save() {
        clearErrors();
        try {
            long id = library.publish(source, new NewResource(title.getValue(), summary.getValue(), kind.getValue(),
                    mechanisms.getValue(), principles.getValue(), audiences.getValue(), content.content()));
            Notification.show(getTranslation("advocacy.published", title.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate(ResourceView.class, ResourceView.parameters(source, id)));
        } catch (InvalidInput invalid) {
            showError(invalid);
        }
    }

    private void showError(InvalidInput invalid) {
        String message = getTranslation(invalid.messageKey(), invalid.arguments());
        Map<String, HasValidation> fields = Map.of("title", title, "summary", summary, "kind", kind,
                "mechanisms", mechanisms, "principles", principles, "audiences", audiences);
        HasValidation field = fields.get(invalid.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            content.show(invalid);
        }
        PortalMessages.problem(Notification.show(getTranslation("advocacy.invalid.summary", message)));
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {title, summary, kind, mechanisms, principles, audiences}) {
            field.setInvalid(false);
        }
        content.clearErrors();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("advocacy.new." + source.name()) + " | " + getTranslation("app.name");
    }
}
