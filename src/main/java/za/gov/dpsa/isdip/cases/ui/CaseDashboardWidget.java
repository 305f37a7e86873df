package za.gov.dpsa.isdip.cases.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Html;
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
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/** Home card: open cases by status, breaches, average resolution time and a 12-week trend (server-drawn SVG). */
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
        card.addClassName("portal-card");
        card.addClassName("portal-card-wide");
        card.setId("case-dashboard");
        Paragraph open = new Paragraph(card.getTranslation("cases.dashboard.open", dashboard.open()));
        open.setId("case-dashboard-open");
        open.addClassName("portal-figure");
        Div byStatus = new Div();
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isOpen()) {
                byStatus.add(new Span(CaseLabels.status(card, status) + ": " + dashboard.byStatus().get(status) + "  "));
            }
        }
        Paragraph breached = new Paragraph(card.getTranslation("cases.dashboard.breached", dashboard.breachedOpen()));
        breached.setId("case-dashboard-breached");
        Paragraph average = new Paragraph(dashboard.averageResolutionDays() == null
                ? card.getTranslation("cases.dashboard.average.none")
                : card.getTranslation("cases.dashboard.average",
                String.format(Locale.ROOT, "%.1f", dashboard.averageResolutionDays())));
        card.add(new H2(card.getTranslation("nav.cases")), open, byStatus, breached, average,
                trend(dashboard, card), new RouterLink(card.getTranslation("cases.dashboard.list"), CaseListView.class));
        return card;
    }

    private static Html trend(CaseDashboard dashboard, com.vaadin.flow.component.Component labels) {
        long max = Math.max(1, dashboard.trend().stream().mapToLong(w -> Math.max(w.opened(), w.resolved())).max()
                .orElse(1));
        int width = 360;
        int height = 90;
        int slot = width / dashboard.trend().size();
        StringBuilder svg = new StringBuilder();
        String title = labels.getTranslation("cases.dashboard.trend");
        // Scales to the card: the drawing has its own coordinates (viewBox), the width follows the card.
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='100%' viewBox='0 0 ").append(width)
                .append(' ').append(height + 16).append("' aria-label='").append(escape(title)).append("'><title>")
                .append(escape(title)).append("</title>");
        for (int i = 0; i < dashboard.trend().size(); i++) {
            CaseDashboard.Week week = dashboard.trend().get(i);
            int openedHeight = (int) (height * week.opened() / max);
            int resolvedHeight = (int) (height * week.resolved() / max);
            int x = i * slot;
            svg.append("<rect x='").append(x + 2).append("' y='").append(height - openedHeight)
                    .append("' width='").append(slot / 2 - 3).append("' height='").append(openedHeight)
                    .append("' fill='#007a4d'><title>").append(week.start()).append(": ").append(week.opened())
                    .append(" opened</title></rect>");
            svg.append("<rect x='").append(x + slot / 2).append("' y='").append(height - resolvedHeight)
                    .append("' width='").append(slot / 2 - 3).append("' height='").append(resolvedHeight)
                    .append("' fill='#ffb612'><title>").append(week.start()).append(": ").append(week.resolved())
                    .append(" resolved</title></rect>");
        }
        svg.append("<text x='0' y='").append(height + 14).append("' font-size='11'>")
                .append(escape(labels.getTranslation("cases.dashboard.legend"))).append("</text></svg>");
        return new Html("<div class='case-trend'>" + svg + "</div>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;");
    }
}
