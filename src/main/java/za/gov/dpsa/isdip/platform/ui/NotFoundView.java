package za.gov.dpsa.isdip.platform.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * One answer for "does not exist" and "not yours to see", so an address never reveals whether another
 * department's record exists. A user without a department is sent to the page that explains why. Every such answer
 * to a signed-in user is a security event (recorded once: here, unless the view's service or the access check
 * recorded it).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final SecurityEvents securityEvents;

    public NotFoundView(SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (PortalUser.current().map(user -> !user.isAssigned()).orElse(true)) {
            event.forwardTo(NotAssignedView.class);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        // A refusal the view's service (or the access check) recorded already is not counted twice.
        if (!SecurityEvents.RECORDED.equals(parameter.getCustomMessage())) {
            securityEvents.refused(SecurityEvents.Kind.ADDRESS_NOT_FOUND, event.getLocation().getPath());
        }
        removeAll();
        PageHeader heading = new PageHeader(getTranslation("error.notFound"));
        heading.title().setId("not-found-heading");
        add(heading, new Paragraph(getTranslation("error.notFound.body")),
                new RouterLink(getTranslation("nav.home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound") + " | " + getTranslation("app.name");
    }
}
