package za.gov.dpsa.isdip.standards.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.standards.internal.AlignmentDashboard;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** Home card: the department's compliance with the harmonised standards and its overdue actions. */
@Component
class AlignmentWidget implements DashboardWidget {

    private final DepartmentAlignment alignment;

    AlignmentWidget(DepartmentAlignment alignment) {
        this.alignment = alignment;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public boolean isShownTo(PortalUser user) {
        return user.workingDepartment().isPresent();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        AlignmentDashboard dashboard = alignment.dashboard();
        Section card = new Section();
        card.addClassName("portal-card");
        card.setId("alignment-card");
        Paragraph compliance = new Paragraph(card.getTranslation("standards.widget.compliance",
                AlignmentUi.percent(card, dashboard.overall())));
        compliance.setId("alignment-card-compliance");
        compliance.addClassName("portal-figure");
        Paragraph assessed = new Paragraph(card.getTranslation("standards.dashboard.assessed", dashboard.assessed(),
                dashboard.published()));
        Paragraph overdue = new Paragraph(card.getTranslation("standards.widget.overdue",
                dashboard.overdueActions().size(), dashboard.openActions().size()));
        overdue.setId("alignment-card-overdue");
        if (!dashboard.overdueActions().isEmpty()) {
            overdue.addClassName("alignment-overdue");
        }
        card.add(new H2(card.getTranslation("standards.alignment")), compliance, assessed, overdue,
                new RouterLink(card.getTranslation("standards.widget.open"), StandardsView.class));
        return card;
    }
}
