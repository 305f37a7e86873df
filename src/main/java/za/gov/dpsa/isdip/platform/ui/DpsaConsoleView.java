package za.gov.dpsa.isdip.platform.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentEntry;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.TenantAccess;

/**
 * DPSA's view of the platform: every department on it, and the explicit, logged way into one of them.
 * Later issues add reporting status, escalated cases and onboarding here.
 */
@Route("dpsa")
@Menu(title = "nav.dpsa", order = 90)
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class DpsaConsoleView extends VerticalLayout implements HasDynamicTitle {

    static final int MIN_REASON_LENGTH = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(IsdipPortalApplication.ZONE);

    private final DepartmentEntry departmentEntry;
    private final Grid<Department> departments = new Grid<>(Department.class, false);

    public DpsaConsoleView(DepartmentDirectory directory, DepartmentEntry departmentEntry) {
        this.departmentEntry = departmentEntry;
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
        departments.addColumn(d -> WHEN.format(d.onboardedAt())).setHeader(getTranslation("dpsa.column.onboarded"));
        departments.setItems(all);
        departments.setAllRowsVisible(true);

        Button enter = new Button(getTranslation("dpsa.enter"), click -> departments.getSelectedItems().stream()
                .findFirst().ifPresentOrElse(this::openEntryDialog,
                        () -> Notification.show(getTranslation("dpsa.enter.select"))));
        enter.setId("enter-department");
        add(departments, enter);

        Grid<TenantAccess> accessLog = new Grid<>(TenantAccess.class, false);
        accessLog.setId("dpsa-access-log");
        accessLog.setAriaLabel(getTranslation("dpsa.accessLog"));
        accessLog.addColumn(a -> WHEN.format(a.occurredAt())).setHeader(getTranslation("dpsa.accessLog.when"));
        accessLog.addColumn(TenantAccess::username).setHeader(getTranslation("dpsa.accessLog.who"));
        accessLog.addColumn(TenantAccess::departmentId).setHeader(getTranslation("dpsa.accessLog.department"));
        accessLog.addColumn(TenantAccess::action).setHeader(getTranslation("dpsa.accessLog.action"));
        accessLog.addColumn(TenantAccess::reason).setHeader(getTranslation("dpsa.accessLog.reason")).setFlexGrow(3);
        accessLog.setItems(departmentEntry.recent());
        accessLog.setAllRowsVisible(true);
        add(new H2(getTranslation("dpsa.accessLog")), accessLog);
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
