package za.gov.dpsa.isdip.advocacy.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ComingSoonPage;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** The advocacy area, until its capability lands: says what is coming and keeps nothing. */
@Route("advocacy")
@Menu(title = "nav.advocacy", order = 20)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER, PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class AdvocacyView extends ComingSoonPage implements HasDynamicTitle {

    public AdvocacyView() {
        super("nav.advocacy", "coming.advocacy");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.advocacy") + " | " + getTranslation("app.name");
    }
}
