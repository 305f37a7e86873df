package za.gov.dpsa.isdip.standards.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ComingSoonPage;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/** The department's core mandated services today; the alignment catalogue and self-assessment follow. */
@Route("standards")
@Menu(title = "nav.standards", order = 30)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN})
public class StandardsView extends VerticalLayout implements HasDynamicTitle {

    public StandardsView(CoreServices coreServices) {
        add(new H1(getTranslation("standards.title")), new H2(getTranslation("standards.coreServices")),
                new Paragraph(getTranslation("standards.coreServices.help")));
        if (TenantContext.isPlatform()) {
            add(new Paragraph(getTranslation("standards.platformContext")));
        } else {
            var services = coreServices.list();
            if (services.isEmpty()) {
                add(new Paragraph(getTranslation("standards.coreServices.none")));
            } else {
                Grid<CoreService> grid = new Grid<>(CoreService.class, false);
                grid.setId("core-services");
                grid.setAriaLabel(getTranslation("standards.coreServices"));
                grid.addColumn(CoreService::name).setHeader(getTranslation("standards.coreServices.name"))
                        .setFlexGrow(2).setSortable(true);
                grid.addColumn(CoreService::recipients).setHeader(getTranslation("standards.coreServices.recipients"))
                        .setFlexGrow(3);
                grid.setItems(services);
                grid.setAllRowsVisible(true);
                add(grid);
            }
        }
        add(new ComingSoonPage("standards.alignment", "coming.standards"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.title") + " | " + getTranslation("app.name");
    }
}
