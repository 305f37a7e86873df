package za.gov.dpsa.isdip.platform.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentEntry;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Sphere;

/** The home dashboard: where the user works, their roles, and the cards the domain modules contribute. */
@Route("")
@Menu(title = "nav.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DepartmentDirectory directory;
    private final DepartmentEntry departmentEntry;
    private final List<DashboardWidget> widgets;

    public HomeView(DepartmentDirectory directory, DepartmentEntry departmentEntry, List<DashboardWidget> widgets) {
        this.directory = directory;
        this.departmentEntry = departmentEntry;
        this.widgets = widgets;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = PortalUser.current().orElse(null);
        if (user == null || !user.isAssigned()) {
            event.forwardTo(NotAssignedView.class);
            return;
        }
        removeAll();
        add(new PageHeader(getTranslation("home.welcome", user.displayName())));

        Optional<String> entered = user.worksAcrossDepartments() ? departmentEntry.entered() : Optional.empty();
        Optional<Department> department = entered.or(user::departmentId).flatMap(directory::find);
        Section where = new Section();
        where.addClassName("portal-card");
        where.add(new H2(getTranslation("home.department")));
        department.ifPresentOrElse(d -> {
            Paragraph name = new Paragraph(d.name() + " (" + d.shortCode() + ")");
            name.setId("home-department-name");
            where.add(name, new Paragraph(d.sphere() == Sphere.NATIONAL
                    ? getTranslation("home.sphere.NATIONAL")
                    : getTranslation("home.sphere.PROVINCIAL", d.province().displayName())));
        }, () -> where.add(new Paragraph(getTranslation("home.platform"))));

        Section roles = new Section();
        roles.addClassName("portal-card");
        roles.add(new H2(getTranslation("home.roles")));
        UnorderedList roleList = new UnorderedList();
        roleList.setId("home-roles");
        user.roles().stream().sorted().map(PortalRole::roleName)
                .forEach(role -> roleList.add(new ListItem(getTranslation("role." + role))));
        roles.add(roleList);

        Div cards = new Div(where, roles);
        cards.addClassName("portal-cards");
        widgets.stream()
                .sorted(Comparator.comparingInt(DashboardWidget::order))
                .filter(widget -> widget.isShownTo(user))
                .forEach(widget -> cards.add(widget.create()));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
