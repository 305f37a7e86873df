package za.gov.dpsa.isdip.training.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ComingSoonPage;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** The training area, until its capability lands: says what is coming and keeps nothing. */
@Route("training")
@Menu(title = "nav.training", order = 40)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER, PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class TrainingView extends ComingSoonPage implements HasDynamicTitle {

    public TrainingView() {
        super("nav.training", "coming.training");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
