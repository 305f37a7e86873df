package za.gov.dpsa.isdip.reporting.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ComingSoonPage;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** The reporting area, until its capability lands: says what is coming and keeps nothing. */
@Route("reporting")
@Menu(title = "nav.reporting", order = 50)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER, PortalRole.Names.DPSA_ADMIN})
public class ReportingView extends ComingSoonPage implements HasDynamicTitle {

    public ReportingView() {
        super("nav.reporting", "coming.reporting");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reporting") + " | " + getTranslation("app.name");
    }
}
