package za.gov.dpsa.isdip.training.ui;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.CertificateCodes;
import za.gov.dpsa.isdip.training.internal.CourseModule;
import za.gov.dpsa.isdip.training.internal.LearnerCourse;
import za.gov.dpsa.isdip.training.internal.Learning;
import za.gov.dpsa.isdip.training.internal.Lesson;
import za.gov.dpsa.isdip.training.internal.LessonMarkdown;
import za.gov.dpsa.isdip.training.internal.Material;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;

/**
 * Taking a course: the outline with what is done, one lesson at a time (resuming where the official left off),
 * its materials, then the quiz, and the certificate once complete.
 */
@Route("training/learn")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class CoursePlayerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Learning learning;
    private final TrainingCourses courses;
    private final String portalUrl;
    private long enrolmentId;
    private LearnerCourse course;
    private String shownKey;
    Button markDone;

    public CoursePlayerView(Learning learning, TrainingCourses courses,
                            @Value("${isdip.portal-url:http://localhost:8080}") String portalUrl) {
        this.learning = learning;
        this.courses = courses;
        this.portalUrl = portalUrl;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            enrolmentId = id;
            course = learning.open(id);
        } catch (NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        shownKey = course.resumeLessonKey();
        render();
    }

    private void render() {
        removeAll();
        PageHeader title = new PageHeader(course.content().title());
        title.title().setId("course-title");
        ProgressBar bar = new ProgressBar(0, 100, course.percentDone());
        bar.getElement().setAttribute("aria-label", getTranslation("training.progress.aria", course.percentDone()));
        Paragraph progress = new Paragraph(getTranslation("training.player.progress", course.percentDone(),
                course.content().versionNumber()));
        progress.setId("course-progress");
        add(title, TrainingUi.navigation(this), progress, bar);
        if (course.dueOn() != null && course.completedAt() == null) {
            add(new Paragraph(getTranslation("training.player.due", PortalDates.date(course.dueOn()))));
        }
        if (course.newerVersionAvailable()) {
            Button move = new Button(getTranslation("training.player.moveToLatest"), click -> {
                learning.moveToLatestVersion(enrolmentId);
                course = learning.open(enrolmentId);
                shownKey = course.resumeLessonKey();
                render();
            });
            move.setId("move-to-latest");
            add(new Paragraph(getTranslation("training.player.newerVersion")), move);
        }
        if (course.completedAt() != null) {
            add(completion());
        }
        HorizontalLayout body = new HorizontalLayout(outline(), lesson());
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body);
    }

    private Section completion() {
        Section done = new Section();
        done.addClassName("portal-card");
        done.setId("course-complete");
        H2 heading = new H2(getTranslation("training.player.completed", PortalDates.dateTime(course.completedAt())));
        Paragraph code = new Paragraph(getTranslation("training.player.code",
                CertificateCodes.display(course.certificateCode())));
        code.setId("certificate-code");
        Anchor pdf = TrainingUi.download(getTranslation("training.certificate.download"),
                "certificate-" + course.certificateCode() + ".pdf", "application/pdf",
                () -> learning.certificatePdf(enrolmentId, portalUrl + "/verify", this::getTranslation).orElseThrow());
        pdf.setId("certificate-download");
        done.add(heading, code, pdf);
        return done;
    }

    private Nav outline() {
        Nav nav = new Nav();
        nav.setId("course-outline");
        nav.getElement().setAttribute("aria-label", getTranslation("training.player.outline"));
        nav.setMinWidth("16em");
        nav.setMaxWidth("22em");
        for (CourseModule module : course.content().modules()) {
            nav.add(new H3(module.title()));
            UnorderedList list = new UnorderedList();
            for (Lesson lesson : module.lessons()) {
                boolean done = course.doneLessonKeys().contains(lesson.key());
                Button open = new Button((done ? "\u2713 " : "") + lesson.title(), click -> show(lesson.key()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                open.getElement().setAttribute("aria-label", lesson.title() + ": "
                        + getTranslation(done ? "training.player.lessonDone" : "training.player.lessonToDo"));
                if (lesson.key().equals(shownKey)) {
                    open.getElement().setAttribute("aria-current", "step");
                    open.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                }
                list.add(new ListItem(open));
            }
            nav.add(list);
        }
        if (course.content().hasQuiz()) {
            nav.add(new H3(getTranslation("training.quiz")));
            Paragraph state = new Paragraph(course.quizPassed() ? getTranslation("training.player.quizPassed")
                    : course.lessonsDone() ? getTranslation("training.player.quizOpen")
                    : getTranslation("training.player.quizAfterLessons"));
            nav.add(state);
            if (course.mayAttemptQuiz()) {
                RouterLink quiz = new RouterLink(getTranslation("training.player.takeQuiz"), QuizView.class, enrolmentId);
                quiz.setId("take-quiz");
                nav.add(quiz);
            }
        }
        return nav;
    }

    private Div lesson() {
        Div content = new Div();
        content.setId("lesson");
        content.setWidthFull();
        Lesson lesson = course.content().lessons().stream().filter(l -> l.key().equals(shownKey)).findFirst()
                .orElse(null);
        if (lesson == null) {
            return content;
        }
        H2 heading = new H2(lesson.title());
        heading.setId("lesson-title");
        content.add(heading, new Html(LessonMarkdown.toSafeHtml(lesson.body())));
        if (lesson.linkUrl() != null) {
            Anchor link = new Anchor(lesson.linkUrl(), lesson.linkTitle() != null ? lesson.linkTitle()
                    : lesson.linkUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            content.add(new Paragraph(link));
        }
        var files = course.content().materialsOf(lesson.key());
        if (!files.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Material material : files) {
                Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> courses.material(material.id())
                        .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(),
                                f.contentType(), f.content().length))
                        .orElse(DownloadResponse.error(404))), material.fileName());
                file.getElement().setAttribute("download", true);
                list.add(new ListItem(file));
            }
            content.add(new H3(getTranslation("training.materials")), list);
        }
        boolean done = course.doneLessonKeys().contains(lesson.key());
        if (done) {
            String next = nextKey(lesson.key());
            markDone = new Button(getTranslation("training.player.next"), click -> show(next));
            markDone.setEnabled(!next.equals(lesson.key()));
        } else {
            markDone = new Button(getTranslation("training.player.markDone"), click -> {
                try {
                    course = learning.completeLesson(enrolmentId, lesson.key());
                    shownKey = course.resumeLessonKey();
                    render();
                } finally {
                    click.getSource().setEnabled(true);
                }
            });
            markDone.setDisableOnClick(true);
        }
        markDone.setId("lesson-done");
        markDone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(markDone);
        return content;
    }

    private String nextKey(String key) {
        var lessons = course.content().lessons();
        for (int i = 0; i < lessons.size() - 1; i++) {
            if (lessons.get(i).key().equals(key)) {
                return lessons.get(i + 1).key();
            }
        }
        return key;
    }

    private void show(String key) {
        shownKey = key;
        learning.visit(enrolmentId, key);
        render();
    }

    @Override
    public String getPageTitle() {
        return (course == null ? getTranslation("nav.training") : course.content().title()) + " | "
                + getTranslation("app.name");
    }
}
