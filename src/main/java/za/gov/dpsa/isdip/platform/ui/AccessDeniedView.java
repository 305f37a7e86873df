package za.gov.dpsa.isdip.platform.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;

import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * A signed-in user's navigation to a view their role may not open: recorded as a security event, then answered
 * as "Not found" ({@link NotFoundView}), the same as an address that does not exist. A user without a department
 * or role is not recorded: every address refuses them, and the page they get explains why.
 */
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    private final SecurityEvents securityEvents;

    public AccessDeniedView(SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (PortalUser.current().map(PortalUser::isAssigned).orElse(false)) {
            securityEvents.refused(SecurityEvents.Kind.NAVIGATION_DENIED, event.getLocation().getPath());
        }
        event.rerouteToError(NotFoundException.class, SecurityEvents.RECORDED);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
