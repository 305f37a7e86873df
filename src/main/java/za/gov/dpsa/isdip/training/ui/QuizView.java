package za.gov.dpsa.isdip.training.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.LearnerCourse;
import za.gov.dpsa.isdip.training.internal.Learning;
import za.gov.dpsa.isdip.training.internal.Question;
import za.gov.dpsa.isdip.training.internal.QuizResult;
import za.gov.dpsa.isdip.training.internal.TrainingExceptions;

/** A quiz attempt: the questions, then the score, pass or fail, and the feedback for each answer chosen. */
@Route("training/quiz")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class QuizView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Learning learning;
    private long enrolmentId;
    private LearnerCourse course;
    final Map<String, HasValue<?, ?>> answers = new LinkedHashMap<>();
    Button submit;

    public QuizView(Learning learning) {
        this.learning = learning;
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
        if (!course.content().hasQuiz()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        answers.clear();
        add(new PageHeader(getTranslation("training.quiz.title", course.content().title()))
                .withIntro(getTranslation("training.quiz.rules", course.content().passMark(),
                        course.attemptsLeft() == null ? getTranslation("training.quiz.unlimited")
                                : String.valueOf(course.attemptsLeft()))), TrainingUi.navigation(this));
        RouterLink back = new RouterLink(getTranslation("training.quiz.back"), CoursePlayerView.class, enrolmentId);
        if (!course.mayAttemptQuiz()) {
            Paragraph closed = new Paragraph(getTranslation(course.quizPassed() ? "training.quiz.alreadyPassed"
                    : !course.lessonsDone() ? "training.quiz.lessonsFirst" : "training.quiz.noAttemptsLeft"));
            closed.setId("quiz-closed");
            add(closed, back);
            return;
        }
        int number = 1;
        for (Question question : course.content().questions()) {
            List<Integer> indexes = IntStream.range(0, question.answers().size()).boxed().toList();
            String label = number++ + ". " + question.text();
            if (question.multiple()) {
                CheckboxGroup<Integer> group = new CheckboxGroup<>(label + " " + getTranslation("training.quiz.pickAll"));
                group.setItems(indexes);
                group.setItemLabelGenerator(i -> question.answers().get(i).text());
                group.setId("question-" + (number - 1));
                answers.put(question.key(), group);
                add(group);
            } else {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
                group.setItems(indexes);
                group.setItemLabelGenerator(i -> question.answers().get(i).text());
                group.setId("question-" + (number - 1));
                answers.put(question.key(), group);
                add(group);
            }
        }
        submit = new Button(getTranslation("training.quiz.submit"), click -> submit());
        submit.setId("quiz-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(submit, back);
    }

    @SuppressWarnings("unchecked")
    private void submit() {
        Map<String, Set<Integer>> chosen = new HashMap<>();
        answers.forEach((key, field) -> {
            Object value = field.getValue();
            if (value instanceof Set<?> set) {
                chosen.put(key, (Set<Integer>) set);
            } else if (value instanceof Integer index) {
                chosen.put(key, Set.of(index));
            }
        });
        QuizResult result;
        try {
            result = learning.submitQuiz(enrolmentId, chosen);
        } catch (TrainingExceptions.NotAllowed e) {
            TrainingUi.error(this, e.messageKey());
            course = learning.open(enrolmentId);
            render();
            return;
        }
        course = learning.open(enrolmentId);
        showResult(result);
    }

    private void showResult(QuizResult result) {
        removeAll();
        add(new PageHeader(getTranslation("training.quiz.title", course.content().title())), TrainingUi.navigation(this));
        Section summary = new Section();
        summary.addClassName("portal-card");
        H2 score = new H2(getTranslation(result.passed() ? "training.quiz.passed" : "training.quiz.failed",
                result.scorePercent(), course.content().passMark()));
        score.setId("quiz-score");
        summary.add(score);
        if (course.completedAt() != null) {
            summary.add(new Paragraph(getTranslation("training.quiz.courseComplete")));
        } else if (!result.passed()) {
            summary.add(new Paragraph(result.attemptsLeft() == null ? getTranslation("training.quiz.tryAgain")
                    : getTranslation("training.quiz.attemptsLeft", result.attemptsLeft())));
        }
        add(summary);
        Div feedback = new Div();
        feedback.setId("quiz-feedback");
        int number = 1;
        for (QuizResult.QuestionFeedback question : result.questions()) {
            feedback.add(new H2(number++ + ". " + question.text() + " ("
                    + getTranslation(question.credit() >= 1 ? "training.quiz.right" : question.credit() > 0
                    ? "training.quiz.partly" : "training.quiz.wrong") + ")"));
            UnorderedList list = new UnorderedList();
            for (QuizResult.AnswerFeedback answer : question.answers()) {
                if (!answer.chosen()) {
                    continue;
                }
                String text = getTranslation(answer.correct() ? "training.quiz.chosenRight" : "training.quiz.chosenWrong",
                        answer.text());
                if (answer.feedback() != null) {
                    text += " " + answer.feedback();
                }
                list.add(new ListItem(text));
            }
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("training.quiz.unanswered")));
            }
            feedback.add(list);
        }
        add(feedback);
        Button again = new Button(getTranslation("training.quiz.again"), click -> render());
        again.setId("quiz-again");
        again.setVisible(course.mayAttemptQuiz());
        RouterLink back = new RouterLink(getTranslation("training.quiz.back"), CoursePlayerView.class, enrolmentId);
        back.setId("quiz-back");
        add(again, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.quiz") + " | " + getTranslation("app.name");
    }
}
