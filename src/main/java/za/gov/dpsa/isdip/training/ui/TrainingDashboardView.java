package za.gov.dpsa.isdip.training.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.ProgressRow;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;
import za.gov.dpsa.isdip.training.internal.TrainingDashboard;

/**
 * Enrolments, completion and overdue learners by department and course, for trainers and DPSA, with a CSV export.
 * Counts only: which officials they are stays in their department.
 */
@Route("training/dashboard")
@RolesAllowed({PortalRole.Names.TRAINER, PortalRole.Names.DPSA_ADMIN})
public class TrainingDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final TrainingDashboard dashboard;
    final Grid<ProgressRow> grid = new Grid<>(ProgressRow.class, false);
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final ComboBox<Department> department = new ComboBox<>();
    final Paragraph totals = new Paragraph();
    private final Div export = new Div();

    public TrainingDashboardView(TrainingDashboard dashboard, TrainingCourses courses, DepartmentDirectory directory) {
        this.dashboard = dashboard;
        add(new PageHeader(getTranslation("training.dashboard.title"))
                .withIntro(getTranslation("training.dashboard.popia")), TrainingUi.navigation(this));
        course.setLabel(getTranslation("training.course"));
        course.setItems(courses.list());
        course.setItemLabelGenerator(CourseSummary::title);
        course.setClearButtonVisible(true);
        course.setPlaceholder(getTranslation("training.dashboard.allCourses"));
        course.setId("dashboard-course");
        department.setLabel(getTranslation("training.department"));
        department.setItems(directory.all());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("training.dashboard.allDepartments"));
        department.setId("dashboard-department");
        course.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(course, department, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("training-dashboard");
        grid.setAriaLabel(getTranslation("training.dashboard.title"));
        grid.addColumn(ProgressRow::departmentName).setHeader(getTranslation("training.department")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(ProgressRow::courseTitle).setHeader(getTranslation("training.course")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(ProgressRow::enrolled).setHeader(getTranslation("training.dashboard.enrolled")).setSortable(true);
        grid.addColumn(ProgressRow::inProgress).setHeader(getTranslation("training.dashboard.inProgress"));
        grid.addColumn(ProgressRow::completed).setHeader(getTranslation("training.dashboard.completed"))
                .setSortable(true);
        grid.addColumn(ProgressRow::overdue).setHeader(getTranslation("training.dashboard.overdue")).setSortable(true);
        grid.addColumn(r -> r.completionPercent() + " %").setHeader(getTranslation("training.dashboard.rate"));
        grid.setAllRowsVisible(true);
        totals.setId("dashboard-totals");
        add(filters, totals, grid);
        refresh();
    }

    private void refresh() {
        List<ProgressRow> rows = dashboard.rows(course.getValue() == null ? null : course.getValue().id(),
                department.getValue() == null ? null : department.getValue().id());
        grid.setItems(rows);
        totals.setText(getTranslation("training.dashboard.totals", rows.stream().mapToInt(ProgressRow::enrolled).sum(),
                rows.stream().mapToInt(ProgressRow::completed).sum(), rows.stream().mapToInt(ProgressRow::overdue).sum()));
        export.removeAll();
        Long courseId = course.getValue() == null ? null : course.getValue().id();
        String departmentId = department.getValue() == null ? null : department.getValue().id();
        // Read again at download and recorded in the audit trail by the service.
        Anchor csv = TrainingUi.download(getTranslation("training.dashboard.csv"), "training-progress.csv",
                "text/csv", () -> dashboard.export(courseId, departmentId, List.of(getTranslation("training.department"),
                        getTranslation("training.course"), getTranslation("training.dashboard.enrolled"),
                        getTranslation("training.dashboard.inProgress"), getTranslation("training.dashboard.completed"),
                        getTranslation("training.dashboard.overdue"), getTranslation("training.dashboard.rate"),
                        getTranslation("training.dashboard.updated"))));
        csv.setId("dashboard-csv");
        export.add(csv);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.dashboard.title") + " | " + getTranslation("app.name");
    }
}
