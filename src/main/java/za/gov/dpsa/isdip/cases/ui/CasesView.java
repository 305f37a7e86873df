package za.gov.dpsa.isdip.cases.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ComingSoonPage;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** The cases area, until its capability lands: says what is coming and keeps nothing. */
@Route("cases")
@Menu(title = "nav.cases", order = 10)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER, PortalRole.Names.DPSA_ADMIN})
public class CasesView extends ComingSoonPage implements HasDynamicTitle {

    public CasesView() {
        super("nav.cases", "coming.cases");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " | " + getTranslation("app.name");
    }
}
