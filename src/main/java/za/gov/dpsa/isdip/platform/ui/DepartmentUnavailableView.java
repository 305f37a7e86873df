package za.gov.dpsa.isdip.platform.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.DepartmentAvailability;
import za.gov.dpsa.isdip.tenancy.DepartmentStatus;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * For an official whose department this instance does not serve right now: its database is being brought up to
 * date after a release, or its database server does not answer. Says which, in plain words, offers to try again,
 * and shows no department data (the layout, which reads the department, is not used).
 */
@Route(value = "department-unavailable", autoLayout = false)
@PermitAll
public class DepartmentUnavailableView extends VerticalLayout implements HasDynamicTitle {

    public DepartmentUnavailableView(DepartmentAvailability availability, AuthenticationContext authentication) {
        addClassName("not-assigned");
        String tenant = TenantContext.currentTenant();
        DepartmentStatus status = TenantContext.PLATFORM.equals(tenant) || TenantContext.NONE.equals(tenant)
                ? DepartmentStatus.SERVING : availability.status(tenant);
        String key = status == DepartmentStatus.UPDATING ? "unavailable.updating" : "unavailable.down";
        if (status.serving()) {
            key = "unavailable.back";
        }
        PageHeader heading = new PageHeader(getTranslation(key + ".heading"));
        heading.title().setId("department-unavailable-heading");
        Paragraph body = new Paragraph(getTranslation(key + ".body"));
        body.setId("department-unavailable-body");
        // Read out when the page opens, so a screen-reader user hears why the portal stopped.
        body.getElement().setAttribute("role", "status");
        Button retry = new Button(getTranslation("unavailable.retry"), click -> UI.getCurrent().navigate(""));
        retry.setId("department-unavailable-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button logout = new Button(getTranslation("notAssigned.logout"), click -> authentication.logout());
        logout.setId("logout");
        add(heading, body, new HorizontalLayout(retry, logout));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unavailable.title") + " | " + getTranslation("app.name");
    }
}
