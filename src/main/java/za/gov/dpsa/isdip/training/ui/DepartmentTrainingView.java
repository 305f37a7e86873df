package za.gov.dpsa.isdip.training.ui;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.CatalogueEntry;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.Enrolment;
import za.gov.dpsa.isdip.training.internal.Learning;

/**
 * The department administrator's training page: assign a published course to colleagues with a due date, and see
 * every enrolment of the department with its progress and whether it is overdue.
 */
@Route("training/department")
@RolesAllowed(PortalRole.Names.DEPT_ADMIN)
public class DepartmentTrainingView extends VerticalLayout implements HasDynamicTitle {

    private final Learning learning;
    final ComboBox<CourseSummary> course = new ComboBox<>();
    final MultiSelectComboBox<DepartmentMember> officials = new MultiSelectComboBox<>();
    final DatePicker dueOn = new DatePicker();
    final Button assign = new Button();
    final Grid<Enrolment> grid = new Grid<>(Enrolment.class, false);

    public DepartmentTrainingView(Learning learning) {
        this.learning = learning;
        add(new PageHeader(getTranslation("training.department.title")), TrainingUi.navigation(this));
        Section section = new Section(new H2(getTranslation("training.assign.title")));
        section.addClassName("portal-card");
        course.setLabel(getTranslation("training.course"));
        course.setItems(learning.catalogue().stream().map(CatalogueEntry::course).toList());
        course.setItemLabelGenerator(CourseSummary::title);
        course.setRequiredIndicatorVisible(true);
        course.setId("assign-course");
        course.setWidth("min(30em, 100%)");
        officials.setLabel(getTranslation("training.assign.officials"));
        officials.setItems(learning.colleagues());
        officials.setItemLabelGenerator(DepartmentMember::displayName);
        officials.setRequiredIndicatorVisible(true);
        officials.setId("assign-officials");
        officials.setWidth("min(30em, 100%)");
        dueOn.setLabel(getTranslation("training.dueOn"));
        dueOn.setMin(LocalDate.now(PortalTime.ZONE));
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setId("assign-due");
        PortalDates.southAfrican(dueOn);
        assign.setText(getTranslation("training.assign.button"));
        assign.setId("assign-submit");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(this).field("course", course)
                .field("officials", officials).field("dueOn", dueOn);
        assign.addClickListener(click -> {
            if (course.getValue() == null) {
                course.setErrorMessage(getTranslation("training.invalid.required"));
                course.setInvalid(true);
                return;
            }
            course.setInvalid(false);
            int[] count = new int[1];
            if (errors.run(() -> count[0] = learning.assign(course.getValue().id(),
                    officials.getValue().stream().map(DepartmentMember::username).toList(), dueOn.getValue()))) {
                TrainingUi.done(this, "training.assign.done", count[0]);
                officials.clear();
                refresh();
            }
        });
        section.add(new Paragraph(getTranslation("training.assign.help")), course, officials, dueOn, assign);
        add(section);

        grid.setId("department-enrolments");
        grid.setAriaLabel(getTranslation("training.department.enrolments"));
        grid.addColumn(Enrolment::displayName).setHeader(getTranslation("training.name")).setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(Enrolment::courseTitle).setHeader(getTranslation("training.course")).setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(e -> e.percentDone() + " %").setHeader(getTranslation("training.progress"));
        grid.addColumn(e -> PortalDates.date(e.dueOn())).setHeader(getTranslation("training.dueOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> e.completed()
                ? new Badge(getTranslation("training.status.completed", PortalDates.dateTime(e.completedAt())),
                    Badge.Tone.SUCCESS)
                : e.overdue() ? new Badge(getTranslation("training.status.overdue"), Badge.Tone.ERROR)
                : new Badge(getTranslation("training.status.inProgress"), Badge.Tone.CONTRAST))
                .setHeader(getTranslation("training.status"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("training.department.enrolments")), grid);
        refresh();
    }

    private void refresh() {
        List<Enrolment> rows = learning.departmentEnrolments();
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.department.title") + " | " + getTranslation("app.name");
    }
}
