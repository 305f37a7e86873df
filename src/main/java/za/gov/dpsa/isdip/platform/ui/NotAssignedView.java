package za.gov.dpsa.isdip.platform.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** For a signed-in user the portal cannot place: a clear explanation, sign-out, and no data at all. */
@Route(value = "not-assigned", autoLayout = false)
@PermitAll
public class NotAssignedView extends VerticalLayout implements HasDynamicTitle {

    public NotAssignedView(AuthenticationContext authentication) {
        addClassName("not-assigned");
        String who = PortalUser.current().map(PortalUser::displayName)
                .or(authentication::getPrincipalName).orElse("?");
        PageHeader heading = new PageHeader(getTranslation("notAssigned.heading"));
        heading.title().setId("not-assigned-heading");
        Button logout = new Button(getTranslation("notAssigned.logout"), click -> authentication.logout());
        logout.setId("logout");
        add(heading, new Paragraph(getTranslation("notAssigned.body", who)), logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notAssigned.title") + " | " + getTranslation("app.name");
    }
}
