package za.gov.dpsa.isdip.training.ui;

import java.util.EnumSet;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.CourseInput;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.IsdipDomain;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;

/** The trainer's courses, with their versions and audience, and a new course. */
@Route("training/courses")
@RolesAllowed(PortalRole.Names.TRAINER)
public class TrainerCoursesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CourseSummary> grid = new Grid<>(CourseSummary.class, false);
    final CourseForm form = new CourseForm(this);
    final Button create = new Button();

    public TrainerCoursesView(TrainingCourses courses) {
        add(new PageHeader(getTranslation("training.courses.title")), TrainingUi.navigation(this));
        grid.setId("trainer-courses");
        grid.setAriaLabel(getTranslation("training.courses.title"));
        grid.addComponentColumn(c -> new RouterLink(c.title(), CourseEditorView.class, c.id()))
                .setHeader(getTranslation("training.course")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("training.domain." + c.domain().name()))
                .setHeader(getTranslation("training.field.domain"));
        grid.addColumn(c -> c.publishedVersion() == null ? getTranslation("training.courses.notPublished")
                        : getTranslation("training.courses.published", c.publishedVersion()))
                .setHeader(getTranslation("training.courses.publishedVersion"));
        grid.addColumn(c -> c.draftVersion() == null ? "" : getTranslation("training.courses.draft", c.draftVersion()))
                .setHeader(getTranslation("training.courses.draftVersion"));
        grid.addColumn(c -> c.allDepartments() ? getTranslation("training.publish.all")
                        : getTranslation("training.courses.departments", c.targets().size()))
                .setHeader(getTranslation("training.courses.audience"));
        grid.setItems(courses.list());
        grid.setAllRowsVisible(true);
        add(grid);

        Section section = new Section(new H2(getTranslation("training.courses.new")));
        section.addClassName("portal-card");
        create.setText(getTranslation("training.courses.create"));
        create.setId("course-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            long[] id = new long[1];
            if (form.errors.run(() -> id[0] = courses.create(form.value()))) {
                getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, id[0]));
            }
        });
        section.add(form, create);
        add(section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.courses.title") + " | " + getTranslation("app.name");
    }

    /** A course's details: used for a new course and in the editor. */
    static final class CourseForm extends VerticalLayout {
        final TextField title = new TextField();
        final TextArea summary = new TextArea();
        final TextField audience = new TextField();
        final Select<IsdipDomain> domain = new Select<>();
        final MultiSelectComboBox<Mechanism> mechanisms = new MultiSelectComboBox<>();
        final IntegerField duration = new IntegerField();
        final IntegerField passMark = new IntegerField();
        final IntegerField maxAttempts = new IntegerField();
        final TrainingUi.FieldErrors errors;

        CourseForm(com.vaadin.flow.component.Component labels) {
            setPadding(false);
            title.setLabel(labels.getTranslation("training.field.title"));
            title.setId("course-title-field");
            title.setRequiredIndicatorVisible(true);
            title.setMaxLength(200);
            title.setWidthFull();
            summary.setLabel(labels.getTranslation("training.field.summary"));
            summary.setId("course-summary-field");
            summary.setRequiredIndicatorVisible(true);
            summary.setMaxLength(5000);
            summary.setWidthFull();
            audience.setLabel(labels.getTranslation("training.field.audience"));
            audience.setId("course-audience-field");
            audience.setRequiredIndicatorVisible(true);
            audience.setWidthFull();
            domain.setLabel(labels.getTranslation("training.field.domain"));
            domain.setItems(IsdipDomain.values());
            domain.setItemLabelGenerator(d -> labels.getTranslation("training.domain." + d.name()));
            domain.setValue(IsdipDomain.CHANGE_MANAGEMENT);
            domain.setId("course-domain-field");
            mechanisms.setLabel(labels.getTranslation("training.field.mechanisms"));
            mechanisms.setItems(Mechanism.named());
            mechanisms.setItemLabelGenerator(m -> labels.getTranslation(m.labelKey()));
            mechanisms.setId("course-mechanisms-field");
            duration.setLabel(labels.getTranslation("training.field.duration"));
            duration.setHelperText(labels.getTranslation("training.field.duration.help"));
            duration.setValue(60);
            duration.setId("course-duration-field");
            passMark.setLabel(labels.getTranslation("training.field.passMark"));
            passMark.setHelperText(labels.getTranslation("training.field.passMark.help"));
            passMark.setValue(70);
            passMark.setId("course-passmark-field");
            maxAttempts.setLabel(labels.getTranslation("training.field.maxAttempts"));
            maxAttempts.setHelperText(labels.getTranslation("training.field.maxAttempts.help"));
            maxAttempts.setValue(3);
            maxAttempts.setId("course-attempts-field");
            errors = new TrainingUi.FieldErrors(labels).field("title", title).field("summary", summary)
                    .field("audience", audience).field("domain", domain).field("duration", duration)
                    .field("passMark", passMark).field("maxAttempts", maxAttempts);
            add(title, summary, audience, domain, mechanisms, duration, passMark, maxAttempts);
        }

        CourseInput value() {
            return new CourseInput(title.getValue(), summary.getValue(), audience.getValue(), domain.getValue(),
                    mechanisms.getValue().isEmpty() ? EnumSet.noneOf(Mechanism.class)
                            : EnumSet.copyOf(mechanisms.getValue()),
                    duration.getValue(), passMark.getValue(), maxAttempts.getValue());
        }

        void show(za.gov.dpsa.isdip.training.internal.CourseContent c) {
            title.setValue(c.title());
            summary.setValue(c.summary());
            audience.setValue(c.audience());
            domain.setValue(c.domain());
            mechanisms.setValue(c.mechanisms());
            duration.setValue(c.durationMinutes());
            passMark.setValue(c.passMark());
            maxAttempts.setValue(c.maxAttempts());
        }

        void setReadOnly(boolean readOnly) {
            title.setReadOnly(readOnly);
            summary.setReadOnly(readOnly);
            audience.setReadOnly(readOnly);
            domain.setReadOnly(readOnly);
            mechanisms.setReadOnly(readOnly);
            duration.setReadOnly(readOnly);
            passMark.setReadOnly(readOnly);
            maxAttempts.setReadOnly(readOnly);
        }
    }
}
