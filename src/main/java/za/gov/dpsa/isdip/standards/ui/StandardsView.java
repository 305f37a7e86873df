package za.gov.dpsa.isdip.standards.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.standards.CoreService;
import za.gov.dpsa.isdip.standards.CoreServices;
import za.gov.dpsa.isdip.standards.internal.ActionItem;
import za.gov.dpsa.isdip.standards.internal.AlignmentDashboard;
import za.gov.dpsa.isdip.standards.internal.AlignmentFigures;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.CatalogueHeadline;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.SdipPlan;
import za.gov.dpsa.isdip.standards.internal.ServiceRegister;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The alignment dashboard of the signed-in user's department: compliance by mechanism and by Batho Pele
 * principle (every harmonised answer counted for each mechanism it serves), open and overdue actions, and the
 * SDIP's status. DPSA, in the platform context, sees the catalogue's headline and reads departments' alignment
 * from what they submit through reporting.
 */
@Route("standards")
@Menu(title = "nav.standards", order = 30)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN})
public class StandardsView extends VerticalLayout implements HasDynamicTitle {

    public StandardsView(DepartmentAlignment alignment, Catalogue catalogue, CoreServices coreServices,
                         ServiceRegister register, ReportingConsole console, ReportingPeriods periods) {
        add(new PageHeader(getTranslation("standards.alignment")), AlignmentUi.nav(this, StandardsView.class));
        CatalogueHeadline headline = catalogue.headline();
        Paragraph harmonised = new Paragraph(getTranslation("standards.headline", headline.demands(),
                headline.standards(), headline.removed()));
        harmonised.setId("alignment-headline");
        harmonised.addClassName("alignment-headline");
        add(harmonised);
        if (PortalUser.current().flatMap(PortalUser::workingDepartment).isEmpty()) {
            add(new Paragraph(getTranslation("standards.platformContext")),
                    new RouterLink(getTranslation("standards.nav.catalogue"), CatalogueView.class));
            if (PortalUser.current().map(u -> u.hasRole(PortalRole.DPSA_ADMIN)).orElse(false)) {
                add(new NationalAlignment(console, periods),
                        new Anchor("dpsa/reporting", getTranslation("standards.dashboard.national")));
            }
            return;
        }
        AlignmentDashboard dashboard = alignment.dashboard();
        Paragraph overall = new Paragraph(getTranslation("standards.dashboard.overall",
                AlignmentUi.percent(this, dashboard.overall())));
        overall.setId("alignment-overall");
        overall.addClassName("portal-figure");
        Paragraph assessed = new Paragraph(getTranslation("standards.dashboard.assessed", dashboard.assessed(),
                dashboard.published()));
        assessed.setId("alignment-assessed");
        add(overall, assessed);

        add(new H2(getTranslation("standards.dashboard.byMechanism")),
                AlignmentUi.bars(this, "alignment-by-mechanism", getTranslation("standards.dashboard.byMechanism"),
                        getTranslation("standards.field.mechanism"), dashboard.byMechanism(),
                        m -> AlignmentUi.mechanism(this, m)),
                new H2(getTranslation("standards.dashboard.byPrinciple")),
                AlignmentUi.bars(this, "alignment-by-principle", getTranslation("standards.dashboard.byPrinciple"),
                        getTranslation("standards.field.principle"), dashboard.byPrinciple(),
                        p -> AlignmentUi.principle(this, p)));
        add(new Paragraph(getTranslation("standards.dashboard.help")));

        Section actions = new Section(new H2(getTranslation("standards.dashboard.actions")));
        Paragraph counts = new Paragraph(getTranslation("standards.dashboard.actionCounts",
                dashboard.openActions().size(), dashboard.overdueActions().size()));
        counts.setId("alignment-action-counts");
        UnorderedList list = new UnorderedList();
        list.setId("alignment-open-actions");
        for (ActionItem action : dashboard.openActions()) {
            ListItem item = new ListItem(new RouterLink(action.standardCode(), AssessmentView.class,
                    new RouteParameters("code", action.standardCode())),
                    new Span(" " + action.title() + " (" + action.owner() + ", "
                            + getTranslation("standards.action.due", PortalDates.date(action.dueDate())) + ")"));
            if (action.overdue()) {
                Span overdue = new Span(" " + getTranslation("standards.action.overdue"));
                overdue.addClassName("alignment-overdue");
                item.add(overdue);
            }
            list.add(item);
        }
        actions.add(counts, list, new RouterLink(getTranslation("standards.nav.actions"), ActionsView.class));
        add(actions);

        Section sdip = new Section(new H2(getTranslation("standards.sdip.title")));
        SdipPlan plan = dashboard.sdip();
        Paragraph status = new Paragraph(plan == null ? getTranslation("standards.sdip.none")
                : getTranslation("standards.sdip.summary", plan.cycle(), AlignmentUi.status(this, plan.status()),
                plan.approvedOn() == null ? "" : getTranslation("standards.sdip.approvedOn",
                        PortalDates.date(plan.approvedOn()), plan.approvedBy())));
        status.setId("alignment-sdip-status");
        sdip.add(status, new RouterLink(getTranslation("standards.nav.sdip"), SdipView.class));
        add(sdip, servicesWithSops(register), coreServices(coreServices));
    }

    /** The OMF's process maps and SOPs: the share the report counts, as one bar, and the way to the register. */
    private Section servicesWithSops(ServiceRegister register) {
        Section section = new Section(new H2(getTranslation("standards.services.title")));
        AlignmentFigures.Figure coverage = register.coverage();
        Paragraph figure = new Paragraph(getTranslation("standards.services.figure",
                AlignmentUi.percent(this, coverage)));
        figure.setId("alignment-services-figure");
        section.add(figure, AlignmentUi.bars(this, "alignment-services", getTranslation("standards.services.title"),
                        getTranslation("standards.chart.measure"), java.util.Map.of("sops", coverage),
                        key -> getTranslation("standards.services.bar")),
                new RouterLink(getTranslation("standards.nav.services"), ServicesView.class));
        section.setWidthFull();
        return section;
    }

    private Section coreServices(CoreServices coreServices) {
        Section section = new Section(new H2(getTranslation("standards.coreServices")),
                new Paragraph(getTranslation("standards.coreServices.help")));
        var services = coreServices.list();
        if (services.isEmpty()) {
            section.add(new EmptyState(getTranslation("standards.coreServices.none")));
            return section;
        }
        Grid<CoreService> grid = new Grid<>(CoreService.class, false);
        grid.setId("core-services");
        grid.setAriaLabel(getTranslation("standards.coreServices"));
        grid.addColumn(CoreService::name).setHeader(getTranslation("standards.coreServices.name"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(CoreService::recipients).setHeader(getTranslation("standards.coreServices.recipients"))
                .setFlexGrow(3);
        grid.setItems(services);
        grid.setAllRowsVisible(true);
        section.add(grid);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.alignment") + " | " + getTranslation("app.name");
    }
}
