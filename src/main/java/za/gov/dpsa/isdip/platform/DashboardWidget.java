package za.gov.dpsa.isdip.platform;

import com.vaadin.flow.component.Component;

import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * A card on the home dashboard, contributed by a domain module as a Spring bean. Created per page view, in the
 * signed-in user's tenant context.
 */
public interface DashboardWidget {

    /** Position on the dashboard, lowest first. */
    int order();

    /** Whether this user, in the current context, should see the card. */
    boolean isShownTo(PortalUser user);

    Component create();
}
