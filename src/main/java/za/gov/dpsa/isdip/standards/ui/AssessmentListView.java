package za.gov.dpsa.isdip.standards.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.StandardAnswer;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** The department's self-assessment: every published harmonised standard with its current answer. */
@Route("standards/assessments")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class AssessmentListView extends VerticalLayout implements HasDynamicTitle {

    public AssessmentListView(DepartmentAlignment alignment) {
        add(new PageHeader(getTranslation("standards.assessments.title"))
                .withIntro(getTranslation("standards.assessments.help")),
                AlignmentUi.nav(this, AssessmentListView.class));
        if (PortalUser.current().flatMap(PortalUser::workingDepartment).isEmpty()) {
            add(new Paragraph(getTranslation("standards.platformContext")));
            return;
        }
        Grid<StandardAnswer> grid = new Grid<>(StandardAnswer.class, false);
        grid.setId("assessment-list");
        grid.setAriaLabel(getTranslation("standards.assessments.title"));
        grid.addComponentColumn(a -> new RouterLink(a.standard().code() + " " + a.standard().title(),
                        AssessmentView.class, new RouteParameters("code", a.standard().code())))
                .setHeader(getTranslation("standards.field.standard")).setFlexGrow(3);
        grid.addColumn(a -> a.standard().mechanisms().stream().map(m -> AlignmentUi.mechanism(this, m))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("standards.field.serves")).setFlexGrow(2);
        grid.addColumn(a -> AlignmentUi.rating(this, a.answer() == null ? null : a.answer().rating())
                        + (a.outdated() ? " " + getTranslation("standards.assessments.outdated",
                        a.answer().standardVersion(), a.standard().version()) : ""))
                .setHeader(getTranslation("standards.field.rating")).setFlexGrow(2);
        grid.addColumn(a -> a.answer() == null ? "" : PortalDates.date(a.answer().assessedOn()) + ", "
                + a.answer().assessorName()).setHeader(getTranslation("standards.field.assessed")).setFlexGrow(2);
        grid.addColumn(StandardAnswer::openActions).setHeader(getTranslation("standards.field.openActions"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(alignment.standards());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("standards.assessments.title") + " | " + getTranslation("app.name");
    }
}
