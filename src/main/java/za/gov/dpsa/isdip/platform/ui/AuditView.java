package za.gov.dpsa.isdip.platform.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * The audit trail of the user's scope: who created, changed, deleted, viewed or exported what, when and from where.
 * DPSA also reads the platform's security events here: refused look-ups and denied or unknown addresses.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 80)
@RolesAllowed({PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DPSA_ADMIN})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public AuditView(AuditTrail trail, SecurityEvents securityEvents) {
        TextField text = new TextField(getTranslation("audit.search"));
        text.setHelperText(getTranslation("audit.search.help"));
        text.setId("audit-search");
        Select<String> action = new Select<>();
        action.setLabel(getTranslation("audit.action"));
        action.setItems("", "CREATE", "UPDATE", "DELETE", AuditTrail.VIEW_PERSONAL_INFORMATION, AuditTrail.EXPORT,
                "DATA_SUBJECT_REQUEST", "RETENTION_ANONYMISED");
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("audit.action.all")
                : getTranslation("audit.action." + a));
        action.setValue("");
        DatePicker from = new DatePicker(getTranslation("cases.filter.from"));
        DatePicker to = new DatePicker(getTranslation("cases.filter.to"));
        PortalDates.southAfrican(from, to);
        Grid<AuditTrail.Entry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.setAriaLabel(getTranslation("audit.title"));
        // When, who and what was done show on a phone; the Columns menu brings back the object, detail and address.
        grid.addColumn(e -> PortalDates.dateTimeWithSeconds(e.occurredAt())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTrail.Entry::username).setHeader(getTranslation("audit.who"))
                .setTooltipGenerator(AuditTrail.Entry::username);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"));
        Grid.Column<AuditTrail.Entry> what = grid.addColumn(
                        e -> e.entityType() + (e.entityId() == null ? "" : " " + e.entityId()))
                .setHeader(getTranslation("audit.what")).setFlexGrow(2);
        Grid.Column<AuditTrail.Entry> detail = grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("audit.detail")).setFlexGrow(3)
                .setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
        Grid.Column<AuditTrail.Entry> address = grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("audit.from"));
        ResponsiveColumns<AuditTrail.Entry> columns = new ResponsiveColumns<>(grid, getTranslation("grid.columns"))
                .secondary(what, detail, address);
        Runnable search = () -> grid.setItems(trail.search(text.getValue(), action.getValue(), from.getValue(),
                to.getValue()));
        Button find = new Button(getTranslation("audit.find"), click -> search.run());
        find.setId("audit-find");
        HorizontalLayout filters = new HorizontalLayout(text, action, from, to, find, columns);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new PageHeader(getTranslation("audit.title")).withIntro(getTranslation("audit.help")), filters, grid);
        search.run();
        setSizeFull();
        setFlexGrow(1, grid);
        if (PortalUser.current().map(u -> u.hasRole(PortalRole.DPSA_ADMIN)).orElse(false)) {
            grid.setHeight("28rem");
            setFlexGrow(0, grid);
            add(securityEvents(securityEvents));
        }
    }

    /**
     * DPSA's list of refused look-ups and denied or unknown addresses across the platform, newest first, a row per
     * user, department, kind and minute.
     */
    private Section securityEvents(SecurityEvents events) {
        TextField text = new TextField(getTranslation("security.search"));
        text.setHelperText(getTranslation("security.search.help"));
        text.setId("security-search");
        Grid<SecurityEvents.Event> grid = new Grid<>();
        grid.setId("security-events");
        grid.setAriaLabel(getTranslation("security.title"));
        grid.addColumn(e -> PortalDates.dateTimeWithSeconds(e.lastAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(e -> e.departmentName() != null ? e.departmentName()
                        : getTranslation(TenantContext.PLATFORM.equals(e.departmentId()) ? "security.department.platform"
                        : "security.department.none"))
                .setHeader(getTranslation("security.department")).setFlexGrow(2);
        grid.addColumn(SecurityEvents.Event::username).setHeader(getTranslation("audit.who"));
        grid.addColumn(e -> getTranslation("security.kind." + e.kind())).setHeader(getTranslation("security.kind"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.refusals() == 1 || e.firstAsked().equals(e.lastAsked()) ? e.firstAsked()
                        : e.firstAsked() + " … " + e.lastAsked())
                .setHeader(getTranslation("security.asked")).setFlexGrow(3);
        grid.addColumn(SecurityEvents.Event::refusals).setHeader(getTranslation("security.refusals"))
                .setAutoWidth(true);
        grid.setHeight("28rem");
        Runnable search = () -> grid.setItems(events.recent(text.getValue()));
        Button find = new Button(getTranslation("audit.find"), click -> search.run());
        find.setId("security-find");
        HorizontalLayout filters = new HorizontalLayout(text, find);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Section section = new Section(new H2(getTranslation("security.title")),
                new Paragraph(getTranslation("security.help")), filters, grid);
        section.setId("security-section");
        section.setWidthFull();
        search.run();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
