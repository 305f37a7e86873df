package za.gov.dpsa.isdip.standards.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/** Home card: how many core services the department has registered, read from its own database. */
@Component
class CoreServicesWidget implements DashboardWidget {

    private static final int SHOWN = 5;
    private final CoreServices coreServices;

    CoreServicesWidget(CoreServices coreServices) {
        this.coreServices = coreServices;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean isShownTo(PortalUser user) {
        return !TenantContext.isPlatform();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        List<CoreService> services = coreServices.list();
        Section card = new Section();
        card.addClassName("portal-card");
        card.setId("core-services-card");
        H2 title = new H2(card.getTranslation("dashboard.coreServices"));
        Paragraph figure = new Paragraph(card.getTranslation("standards.coreServices.count", services.size()));
        figure.setId("core-services-count");
        figure.addClassName("portal-figure");
        UnorderedList names = new UnorderedList();
        services.stream().limit(SHOWN).forEach(service -> names.add(new ListItem(service.name())));
        card.add(title, figure, names, new RouterLink(card.getTranslation("nav.standards"), StandardsView.class));
        return card;
    }
}
