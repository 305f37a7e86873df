package za.gov.dpsa.isdip.training.ui;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.CatalogueEntry;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.Learning;

/** The courses published to the official's department: enrol, or continue where enrolled. */
@Route("training/catalogue")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    public CatalogueView(Learning learning) {
        add(new PageHeader(getTranslation("training.catalogue.title"))
                .withIntro(getTranslation("training.catalogue.help")), TrainingUi.navigation(this));
        var entries = learning.catalogue();
        if (entries.isEmpty()) {
            add(new EmptyState(getTranslation("training.catalogue.none")));
        }
        for (CatalogueEntry entry : entries) {
            CourseSummary c = entry.course();
            Section card = new Section();
            card.addClassName("portal-card");
            card.setId("course-" + c.id());
            card.add(new H2(c.title()), new Paragraph(c.summary()),
                    new Paragraph(getTranslation("training.catalogue.facts", c.audience(),
                            getTranslation("training.domain." + c.domain().name()), c.durationMinutes(),
                            c.mechanisms().stream().map(m -> getTranslation(m.labelKey()))
                                    .collect(Collectors.joining(", ")))));
            Button action;
            if (entry.enrolmentId() == null) {
                action = new Button(getTranslation("training.catalogue.enrol"), click -> {
                    long id = learning.enrol(c.id());
                    getUI().ifPresent(ui -> ui.navigate(CoursePlayerView.class, id));
                });
                action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                action = new Button(getTranslation(entry.completed() ? "training.catalogue.review"
                        : "training.catalogue.continue"), click -> getUI().ifPresent(ui ->
                        ui.navigate(CoursePlayerView.class, entry.enrolmentId())));
            }
            action.setId("enrol-" + c.id());
            action.getElement().setAttribute("aria-label", action.getText() + ": " + c.title());
            card.add(action);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.catalogue.title") + " | " + getTranslation("app.name");
    }
}
