package za.gov.dpsa.isdip.advocacy.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyCampaigns;
import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSummary;
import za.gov.dpsa.isdip.advocacy.internal.WhatsNew;
import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** Home card: the campaign running now, DPSA's featured resources and what is new in the library. */
@Component
class AdvocacyDashboardWidget implements DashboardWidget {

    private final AdvocacyLibrary library;
    private final AdvocacyCampaigns campaigns;

    AdvocacyDashboardWidget(AdvocacyLibrary library, AdvocacyCampaigns campaigns) {
        this.library = library;
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean isShownTo(PortalUser user) {
        return user.isAssigned();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Section card = new Section();
        card.addClassName("portal-card");
        card.setId("advocacy-dashboard");
        card.add(new H2(card.getTranslation("advocacy.dashboard.title")));
        campaigns.active().ifPresent(active -> {
            Paragraph running = new Paragraph(new RouterLink(card.getTranslation("advocacy.campaign.active",
                    active.name(), PortalDates.date(active.endsOn())), CampaignsView.class));
            running.setId("advocacy-dashboard-campaign");
            card.add(running);
        });
        UnorderedList featured = new UnorderedList();
        featured.setId("advocacy-dashboard-featured");
        for (ResourceSummary resource : library.featured(4)) {
            featured.add(new ListItem(link(resource)));
        }
        if (featured.getComponentCount() > 0) {
            card.add(new H3(card.getTranslation("advocacy.featured")), featured);
        }
        UnorderedList fresh = new UnorderedList();
        fresh.setId("advocacy-dashboard-new");
        for (WhatsNew item : library.whatsNew(4)) {
            ListItem line = new ListItem(link(item.resource()));
            line.add(" " + card.getTranslation(item.versionNumber() == 1 ? "advocacy.dashboard.newResource"
                    : "advocacy.dashboard.newVersion", item.versionNumber(), PortalDates.dateTime(item.publishedAt())));
            fresh.add(line);
        }
        card.add(new H3(card.getTranslation("advocacy.dashboard.whatsNew")));
        card.add(fresh.getComponentCount() > 0 ? fresh : new EmptyState(card.getTranslation("advocacy.none")));
        card.add(new RouterLink(card.getTranslation("advocacy.dashboard.library"), AdvocacyView.class));
        return card;
    }

    private static RouterLink link(ResourceSummary resource) {
        return new RouterLink(resource.title(), ResourceView.class,
                ResourceView.parameters(resource.source(), resource.id()));
    }
}
