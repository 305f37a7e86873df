package za.gov.dpsa.isdip.standards.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.RegisteredService;
import za.gov.dpsa.isdip.standards.internal.ServiceRegister;
import za.gov.dpsa.isdip.standards.internal.SopStatus;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The department's register of core services with each one's process map and SOP standing, and the share the
 * report counts (approved map and a current SOP). Officials and administrators add services here.
 */
@Route("standards/services")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class ServicesView extends VerticalLayout implements HasDynamicTitle {

    private final ServiceRegister register;
    private final AlignmentUi.Fields fields = new AlignmentUi.Fields();
    final TextField name = fields.put("name", new TextField());
    final TextField recipients = fields.put("recipients", new TextField());
    final Button add = new Button();
    final Checkbox showRetired = new Checkbox();
    private final Paragraph figure = new Paragraph();
    private final Grid<RegisteredService> grid = new Grid<>(RegisteredService.class, false);

    public ServicesView(ServiceRegister register) {
        this.register = register;
        add(new PageHeader(getTranslation("standards.services.title"))
                .withIntro(getTranslation("standards.services.help")), AlignmentUi.nav(this, ServicesView.class));
        PortalUser user = PortalUser.current().orElse(null);
        if (user == null || user.workingDepartment().isEmpty()) {
            add(new Paragraph(getTranslation("standards.platformContext")));
            return;
        }
        figure.setId("services-figure");
        figure.addClassName("portal-figure");
        showRetired.setLabel(getTranslation("standards.services.showRetired"));
        showRetired.setId("services-show-retired");
        showRetired.addValueChangeListener(e -> refresh());
        grid.setId("services-grid");
        grid.setAriaLabel(getTranslation("standards.services.title"));
        grid.addComponentColumn(s -> new RouterLink(s.name(), ServiceView.class,
                        new RouteParameters("id", String.valueOf(s.id()))))
                .setHeader(getTranslation("standards.coreServices.name")).setFlexGrow(2)
                .setComparator(RegisteredService::name);
        grid.addColumn(RegisteredService::recipients).setHeader(getTranslation("standards.coreServices.recipients"))
                .setFlexGrow(2);
        grid.addColumn(s -> mapStatus(this, s)).setHeader(getTranslation("standards.services.map"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> sopStatus(this, s.sopStatus()))
                .setHeader(getTranslation("standards.services.sops")).setAutoWidth(true);
        grid.addColumn(s -> s.retired() ? getTranslation("standards.services.retiredOn",
                        PortalDates.date(s.retiredOn())) : getTranslation("standards.services.active"))
                .setHeader(getTranslation("standards.field.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("standards.coreServices.none"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(figure, showRetired, grid);
        if (user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN)) {
            add(addForm());
        }
        refresh();
    }

    private Section addForm() {
        Section section = new Section(new H2(getTranslation("standards.services.add")));
        section.setId("services-add-form");
        name.setLabel(getTranslation("standards.coreServices.name"));
        name.setId("service-name");
        name.setMaxLength(200);
        name.setWidth("24em");
        recipients.setLabel(getTranslation("standards.coreServices.recipients"));
        recipients.setHelperText(getTranslation("standards.services.recipientsHelp"));
        recipients.setId("service-recipients");
        recipients.setMaxLength(300);
        recipients.setWidth("24em");
        add.setText(getTranslation("standards.services.addButton"));
        add.setId("service-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> save());
        HorizontalLayout row = new HorizontalLayout(name, recipients, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        section.add(row);
        return section;
    }

    private void save() {
        fields.clear();
        try {
            register.add(new RegisteredService.Input(name.getValue(), recipients.getValue()));
            AlignmentUi.saved(getTranslation("standards.services.added", name.getValue().strip()));
            name.clear();
            recipients.clear();
            refresh();
        } catch (InvalidInput refusal) {
            fields.show(this, refusal);
        }
    }

    private void refresh() {
        figure.setText(getTranslation("standards.services.figure",
                AlignmentUi.percent(this, register.coverage())));
        List<RegisteredService> services = register.services(showRetired.getValue());
        grid.setItems(services);
    }

    static String mapStatus(com.vaadin.flow.component.Component c, RegisteredService s) {
        String status = c.getTranslation("standards.mapStatus." + s.mapStatus().name());
        return s.mapApprovedOn() == null ? status
                : status + " (" + PortalDates.date(s.mapApprovedOn()) + ")";
    }

    static Span sopStatus(com.vaadin.flow.component.Component c, SopStatus status) {
        Span span = new Span(c.getTranslation("standards.sopStatus." + status.name()));
        if (status == SopStatus.REVIEW_OVERDUE) {
            span.addClassName("alignment-overdue");
        }
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.services.title") + " | " + getTranslation("app.name");
    }
}
