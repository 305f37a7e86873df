package za.gov.dpsa.isdip.cases.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.cases.internal.CaseDashboard;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.platform.ui.component.PortalChart;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/** Home card: open cases by status, breaches, average resolution time and a 12-week trend chart with its table. */
@Component
class CaseDashboardWidget implements DashboardWidget {

    private final CaseService cases;

    CaseDashboardWidget(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean isShownTo(PortalUser user) {
        return !TenantContext.isPlatform();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        CaseDashboard dashboard = cases.dashboard();
        Section card = new Section();
        Locale locale = PortalNumbers.localeOf(card);
        card.addClassName("portal-card");
        card.addClassName("portal-card-wide");
        card.setId("case-dashboard");
        Paragraph open = new Paragraph(card.getTranslation("cases.dashboard.open", dashboard.open()));
        open.setId("case-dashboard-open");
        open.addClassName("portal-figure");
        Div byStatus = new Div();
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isOpen()) {
                byStatus.add(new Span(CaseLabels.status(card, status) + ": "
                        + PortalNumbers.integer(dashboard.byStatus().get(status), locale) + "  "));
            }
        }
        Paragraph breached = new Paragraph(card.getTranslation("cases.dashboard.breached", dashboard.breachedOpen()));
        breached.setId("case-dashboard-breached");
        Paragraph average = new Paragraph(dashboard.averageResolutionDays() == null
                ? card.getTranslation("cases.dashboard.average.none")
                : card.getTranslation("cases.dashboard.average",
                PortalNumbers.decimal(dashboard.averageResolutionDays(), locale)));
        card.add(new H2(card.getTranslation("nav.cases")), open, byStatus, breached, average,
                trend(dashboard, card), new RouterLink(card.getTranslation("cases.dashboard.list"), CaseListView.class));
        return card;
    }

    /** The 12 weeks as the portal's bar chart: opened and resolved side by side, with a scale, legend and table. */
    static Div trend(CaseDashboard dashboard, com.vaadin.flow.component.Component labels) {
        List<CaseDashboard.Week> weeks = dashboard.trend();
        Locale locale = PortalNumbers.localeOf(labels);
        return PortalChart.bars(labels, labels.getTranslation("cases.dashboard.trend"))
                .categories(labels.getTranslation("cases.dashboard.week"),
                        weeks.stream().map(w -> PortalDates.date(w.start())).toList())
                .series(labels.getTranslation("cases.dashboard.opened"), weeks.stream().map(CaseDashboard.Week::opened)
                        .toList())
                .series(labels.getTranslation("cases.dashboard.resolved"),
                        weeks.stream().map(CaseDashboard.Week::resolved).toList())
                .format(value -> PortalNumbers.integer(value, locale))
                .build("case-trend");
    }
}
