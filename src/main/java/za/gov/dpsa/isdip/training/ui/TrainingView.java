package za.gov.dpsa.isdip.training.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
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

import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
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
            add(new PageHeader(getTranslation("training.title")).withIntro(getTranslation("training.notYours")));
            return;
        }
        build();
    }

    /** Trainers and DPSA learn nothing here: their way into authoring, sessions, the dashboard and readiness. */
    private void hub(PortalUser user) {
        removeAll();
        PageHeader heading = new PageHeader(getTranslation("training.title"));
        heading.title().setId("training-heading");
        add(heading.withIntro(getTranslation(user.hasRole(PortalRole.TRAINER)
                ? "training.hub.trainer" : "training.hub.dpsa")), TrainingUi.navigation(this));
        if (user.hasRole(PortalRole.TRAINER)) {
            add(new RouterLink(getTranslation("training.nav.courses"), TrainerCoursesView.class));
        }
        add(new RouterLink(getTranslation("training.nav.dashboard"), TrainingDashboardView.class));
    }

    private void build() {
        removeAll();
        PageHeader heading = new PageHeader(getTranslation("training.myLearning.title"));
        heading.title().setId("training-heading");
        add(heading.withIntro(getTranslation("training.myLearning.help")), TrainingUi.navigation(this));
        List<Enrolment> mine = learning.myLearning();
        if (mine.isEmpty()) {
            EmptyState none = new EmptyState(getTranslation("training.myLearning.none"))
                    .withAction(new RouterLink(getTranslation("training.nav.catalogue"), CatalogueView.class));
            none.setId("training-none");
            add(none);
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
        grid.addColumn(e -> PortalDates.date(e.dueOn())).setHeader(getTranslation("training.dueOn"))
                .setAutoWidth(true).setFlexGrow(0);
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

    private Badge status(Enrolment e) {
        if (e.completed()) {
            return new Badge(getTranslation("training.status.completed", PortalDates.dateTime(e.completedAt())),
                    Badge.Tone.SUCCESS);
        }
        if (e.overdue()) {
            return new Badge(getTranslation("training.status.overdue"), Badge.Tone.ERROR);
        }
        return new Badge(getTranslation(e.percentDone() == 0 ? "training.status.notStarted"
                : "training.status.inProgress"), Badge.Tone.CONTRAST);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training") + " | " + getTranslation("app.name");
    }
}
