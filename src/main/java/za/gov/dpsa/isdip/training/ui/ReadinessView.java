package za.gov.dpsa.isdip.training.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.Readiness;
import za.gov.dpsa.isdip.training.internal.ReadinessFigures;

/**
 * The change-readiness survey (ADKAR) for officials, their department's averages for its administrator and
 * reporting officer, and every department's averages for DPSA and trainers.
 */
@Route("training/readiness")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class ReadinessView extends VerticalLayout implements HasDynamicTitle {

    private final Readiness readiness;
    final List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
    Button submit;
    Grid<ReadinessFigures> grid;

    public ReadinessView(Readiness readiness) {
        this.readiness = readiness;
        PortalUser user = PortalUser.current().orElseThrow();
        add(new PageHeader(getTranslation("training.readiness.title")), TrainingUi.navigation(this));
        if (user.worksAcrossDepartments()) {
            add(new Paragraph(getTranslation("training.readiness.aggregateHelp")));
            grid = figuresGrid();
            grid.setItems(readiness.byDepartment());
            add(grid);
        } else if (user.workingDepartment().isPresent()) {
            add(survey());
            if (user.hasRole(PortalRole.DEPT_ADMIN) || user.hasRole(PortalRole.DEPT_REPORTER)) {
                Section section = new Section(new H2(getTranslation("training.readiness.department")));
                grid = figuresGrid();
                grid.setItems(List.of(readiness.department()));
                section.add(grid);
                add(section);
            }
        } else {
            add(new Paragraph(getTranslation("training.notYours")));
        }
    }

    private Section survey() {
        Section section = new Section(new H2(getTranslation("training.readiness.survey")));
        section.addClassName("portal-card");
        section.add(new Paragraph(getTranslation("training.readiness.help")));
        int[] mine = readiness.mine().orElse(null);
        for (int i = 0; i < Readiness.ELEMENTS.size(); i++) {
            String element = Readiness.ELEMENTS.get(i);
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("training.readiness.q." + element));
            group.setItems(1, 2, 3, 4, 5);
            group.setItemLabelGenerator(v -> getTranslation("training.readiness.scale." + v));
            group.setRequiredIndicatorVisible(true);
            group.setId("readiness-" + element);
            if (mine != null) {
                group.setValue(mine[i]);
            }
            answers.add(group);
            section.add(group);
        }
        TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(this);
        for (int i = 0; i < answers.size(); i++) {
            errors.field(Readiness.ELEMENTS.get(i), answers.get(i));
        }
        submit = new Button(getTranslation(mine == null ? "training.readiness.submit" : "training.readiness.update"),
                click -> {
                    Integer[] scores = answers.stream().map(RadioButtonGroup::getValue).toArray(Integer[]::new);
                    if (errors.run(() -> readiness.answer(scores))) {
                        TrainingUi.done(this, "training.readiness.thanks");
                    }
                });
        submit.setId("readiness-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (mine != null) {
            section.add(new Paragraph(getTranslation("training.readiness.answered")));
        }
        section.add(submit);
        return section;
    }

    private Grid<ReadinessFigures> figuresGrid() {
        Grid<ReadinessFigures> figures = new Grid<>(ReadinessFigures.class, false);
        figures.setId("readiness-figures");
        figures.setAriaLabel(getTranslation("training.readiness.title"));
        figures.addColumn(ReadinessFigures::departmentName).setHeader(getTranslation("training.department"))
                .setFlexGrow(3);
        figures.addColumn(ReadinessFigures::responses).setHeader(getTranslation("training.readiness.responses"));
        column(figures, "awareness", ReadinessFigures::awareness);
        column(figures, "desire", ReadinessFigures::desire);
        column(figures, "knowledge", ReadinessFigures::knowledge);
        column(figures, "ability", ReadinessFigures::ability);
        column(figures, "reinforcement", ReadinessFigures::reinforcement);
        column(figures, "overall", ReadinessFigures::overall);
        figures.setAllRowsVisible(true);
        return figures;
    }

    private void column(Grid<ReadinessFigures> figures, String element, Function<ReadinessFigures, BigDecimal> value) {
        figures.addColumn(f -> f.shown() ? PortalNumbers.decimal(value.apply(f), getLocale())
                        : getTranslation("training.readiness.tooFew"))
                .setHeader(getTranslation("training.readiness.element." + element));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.readiness.title") + " | " + getTranslation("app.name");
    }
}
