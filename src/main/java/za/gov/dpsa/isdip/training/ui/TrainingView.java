package za.gov.dpsa.isdip.training.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.Enrolment;
import za.gov.dpsa.isdip.training.internal.Learning;

/**
 * Training's home. Officials see their learning: every course they are enrolled in with progress, due date and
 * certificate. Trainers go on to their courses, DPSA to the dashboard.
 */
@Route("training")
@Menu(title = "nav.training", order = 40)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN, PortalRole.Names.TRAINER})
public class TrainingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Learning learning;
    private final String portalUrl;
    final Grid<Enrolment> grid = new Grid<>(Enrolment.class, false);

    public TrainingView(Learning learning, @Value("${isdip.portal-url:http://localhost:8080}") String portalUrl) {
        this.learning = learning;
        this.portalUrl = portalUrl;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = PortalUser.current().orElseThrow();
        if (user.worksAcrossDepartments()) {
            hub(user);
            return;
        }
        if (user.workingDepartment().isEmpty()) {
            // A DPSA super-admin inside a department does not learn on an official's behalf.
            removeAll();
            add(new H1(getTranslation("training.title")), new Paragraph(getTranslation("training.notYours")));
            return;
        }
        build();
    }

    /** Trainers and DPSA learn nothing here: their way into authoring, sessions, the dashboard and readiness. */
    private void hub(PortalUser user) {
        removeAll();
        H1 heading = new H1(getTranslation("training.title"));
        heading.setId("training-heading");
        add(heading, TrainingUi.navigation(this), new Paragraph(getTranslation(user.hasRole(PortalRole.TRAINER)
                ? "training.hub.trainer" : "training.hub.dpsa")));
        if (user.hasRole(PortalRole.TRAINER)) {
            add(new RouterLink(getTranslation("training.nav.courses"), TrainerCoursesView.class));
        }
        add(new RouterLink(getTranslation("training.nav.dashboard"), TrainingDashboardView.class));
    }

    private void build() {
        removeAll();
        H1 heading = new H1(getTranslation("training.myLearning.title"));
        heading.setId("training-heading");
        add(heading, TrainingUi.navigation(this), new Paragraph(getTranslation("training.myLearning.help")));
        List<Enrolment> mine = learning.myLearning();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.myLearning.none"));
            none.setId("training-none");
            add(none, new RouterLink(getTranslation("training.nav.catalogue"), CatalogueView.class));
            return;
        }
        grid.setId("my-learning");
        grid.setAriaLabel(getTranslation("training.myLearning.title"));
        grid.addComponentColumn(e -> new RouterLink(e.courseTitle(), CoursePlayerView.class, e.id()))
                .setHeader(getTranslation("training.course")).setFlexGrow(3);
        grid.addComponentColumn(e -> {
            ProgressBar bar = new ProgressBar(0, 100, e.percentDone());
            bar.getElement().setAttribute("aria-label", getTranslation("training.progress.aria", e.percentDone()));
            Div cell = new Div(bar, new Span(e.percentDone() + " %"));
            return cell;
        }).setHeader(getTranslation("training.progress")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("training.status")).setFlexGrow(2);
        grid.addColumn(e -> TrainingUi.date(e.dueOn())).setHeader(getTranslation("training.dueOn"));
        grid.addComponentColumn(e -> e.certificateCode() == null ? new Span()
                : TrainingUi.download(getTranslation("training.certificate.download"),
                "certificate-" + e.certificateCode() + ".pdf", "application/pdf",
                () -> learning.certificatePdf(e.id(), portalUrl + "/verify", this::getTranslation).orElseThrow()))
                .setHeader(getTranslation("training.certificate"));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
        long overdue = mine.stream().filter(Enrolment::overdue).count();
        if (overdue > 0) {
            Paragraph warning = new Paragraph(getTranslation("training.myLearning.overdue", overdue));
            warning.setId("training-overdue");
            add(warning);
        }
        add(new HorizontalLayout(new RouterLink(getTranslation("training.nav.catalogue"), CatalogueView.class),
                new RouterLink(getTranslation("training.nav.sessions"), SessionsView.class)));
    }

    private Span status(Enrolment e) {
        if (e.completed()) {
            return TrainingUi.badge(getTranslation("training.status.completed", TrainingUi.when(e.completedAt())),
                    "success");
        }
        if (e.overdue()) {
            return TrainingUi.badge(getTranslation("training.status.overdue"), "error");
        }
        return TrainingUi.badge(getTranslation(e.percentDone() == 0 ? "training.status.notStarted"
                : "training.status.inProgress"), "contrast");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
