package za.gov.dpsa.isdip.training.ui;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.platform.DashboardWidget;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.training.internal.Enrolment;
import za.gov.dpsa.isdip.training.internal.Learning;

/** Home card for officials: their courses in progress, completed, overdue, and the next due date. */
@Component
class MyLearningWidget implements DashboardWidget {

    private final Learning learning;

    MyLearningWidget(Learning learning) {
        this.learning = learning;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean isShownTo(PortalUser user) {
        return user.workingDepartment().isPresent() && !user.worksAcrossDepartments();
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        List<Enrolment> mine = learning.myLearning();
        Section card = new Section();
        card.addClassName("portal-card");
        card.setId("my-learning-card");
        long completed = mine.stream().filter(Enrolment::completed).count();
        long overdue = mine.stream().filter(Enrolment::overdue).count();
        Paragraph figure = new Paragraph(card.getTranslation("training.widget.inProgress", mine.size() - completed));
        figure.addClassName("portal-figure");
        figure.setId("my-learning-figure");
        card.add(new H2(card.getTranslation("training.myLearning.title")), figure,
                new Paragraph(card.getTranslation("training.widget.completed", completed)));
        if (overdue > 0) {
            card.add(new Paragraph(card.getTranslation("training.widget.overdue", overdue)));
        }
        mine.stream().filter(e -> !e.completed() && e.dueOn() != null).min(Comparator.comparing(Enrolment::dueOn))
                .ifPresent(next -> card.add(new Paragraph(card.getTranslation("training.widget.next",
                        next.courseTitle(), PortalDates.date(next.dueOn())))));
        card.add(new RouterLink(card.getTranslation(mine.isEmpty() ? "training.widget.browse"
                : "training.widget.open"), mine.isEmpty() ? CatalogueView.class : TrainingView.class));
        return card;
    }
}
