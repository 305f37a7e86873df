package za.gov.dpsa.isdip.training.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.UploadTexts;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.training.internal.AnswerOption;
import za.gov.dpsa.isdip.training.internal.CourseContent;
import za.gov.dpsa.isdip.training.internal.CourseModule;
import za.gov.dpsa.isdip.training.internal.CourseSummary;
import za.gov.dpsa.isdip.training.internal.Lesson;
import za.gov.dpsa.isdip.training.internal.LessonInput;
import za.gov.dpsa.isdip.training.internal.LessonMarkdown;
import za.gov.dpsa.isdip.training.internal.Material;
import za.gov.dpsa.isdip.training.internal.Question;
import za.gov.dpsa.isdip.training.internal.QuestionInput;
import za.gov.dpsa.isdip.training.internal.TrainingCourses;
import za.gov.dpsa.isdip.training.internal.TrainingExceptions;
import za.gov.dpsa.isdip.training.internal.VersionStatus;

/**
 * Editing a course: its details, modules and lessons (Markdown with a preview, a link, downloadable materials), the
 * quiz, and publishing to every department or chosen ones. A published version is read-only: "Edit as a new
 * version" starts a draft that learners see only once it is published.
 */
@Route("training/courses/edit")
@RolesAllowed(PortalRole.Names.TRAINER)
public class CourseEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TrainingCourses courses;
    private final DepartmentDirectory directory;
    private long courseId;
    private CourseContent content;
    private CourseSummary summary;
    final TrainerCoursesView.CourseForm form = new TrainerCoursesView.CourseForm(this);
    final TextField moduleTitle = new TextField();
    final RadioButtonGroup<Boolean> publishScope = new RadioButtonGroup<>();
    final MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>();
    LessonDialog lessonDialog;
    QuestionDialog questionDialog;

    public CourseEditorView(TrainingCourses courses, DepartmentDirectory directory) {
        this.courses = courses;
        this.directory = directory;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            courseId = id;
            reload();
        } catch (NotFound e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        content = courses.editable(courseId);
        summary = courses.find(courseId).orElseThrow();
        render();
    }

    private boolean draft() {
        return content.status() == VersionStatus.DRAFT;
    }

    private void render() {
        removeAll();
        PageHeader heading = new PageHeader(content.title());
        heading.title().setId("editor-heading");
        Paragraph status = new Paragraph(draft()
                ? getTranslation("training.editor.draft", content.versionNumber(),
                summary.publishedVersion() == null ? getTranslation("training.courses.notPublished")
                        : getTranslation("training.courses.published", summary.publishedVersion()))
                : getTranslation("training.editor.published", content.versionNumber()));
        status.setId("course-status");
        add(heading, TrainingUi.navigation(this), status);
        if (!draft()) {
            Button newVersion = new Button(getTranslation("training.editor.newVersion"), click -> {
                courses.startNewVersion(courseId);
                reload();
            });
            newVersion.setId("course-new-version");
            newVersion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("training.editor.immutable")), newVersion);
        }
        add(details(), modules(), quiz(), draft() ? publishing() : audience());
    }

    // ---- details ------------------------------------------------------------------------------------------

    private Section details() {
        Section section = new Section(new H2(getTranslation("training.editor.details")));
        form.show(content);
        form.setReadOnly(!draft());
        section.add(form);
        if (draft()) {
            Button save = new Button(getTranslation("training.editor.saveDetails"), click -> {
                if (form.errors.run(() -> courses.updateDetails(courseId, form.value()))) {
                    TrainingUi.done(this, "training.saved");
                    reload();
                }
            });
            save.setId("course-save");
            section.add(save);
        }
        return section;
    }

    // ---- modules and lessons ------------------------------------------------------------------------------

    private Section modules() {
        Section section = new Section(new H2(getTranslation("training.editor.modules")));
        section.setId("course-modules");
        if (content.modules().isEmpty()) {
            section.add(new EmptyState(getTranslation("training.editor.noModules")));
        }
        for (CourseModule module : content.modules()) {
            Div box = new Div();
            box.addClassName("portal-card");
            H3 title = new H3(module.title());
            box.add(title);
            UnorderedList list = new UnorderedList();
            for (Lesson lesson : module.lessons()) {
                ListItem item = new ListItem(new Span(lesson.title() + " "));
                long materialCount = content.materialsOf(lesson.key()).size();
                if (materialCount > 0) {
                    item.add(new Span(getTranslation("training.editor.materialCount", materialCount) + " "));
                }
                if (draft()) {
                    // A lesson moves past the edge of its module into the next one; only the course's ends stop it.
                    Button up = small("training.editor.up", lesson.title(), () -> act(() ->
                            courses.moveLesson(courseId, lesson.id(), -1)));
                    up.setEnabled(!lesson.key().equals(content.lessons().getFirst().key()));
                    Button down = small("training.editor.down", lesson.title(), () -> act(() ->
                            courses.moveLesson(courseId, lesson.id(), 1)));
                    down.setEnabled(!lesson.key().equals(content.lessons().getLast().key()));
                    item.add(small("training.editor.edit", lesson.title(), () -> openLesson(module, lesson)), up, down,
                            small("training.editor.remove", lesson.title(), () -> act(() ->
                                    courses.removeLesson(courseId, lesson.id()))));
                } else {
                    item.add(small("training.editor.view", lesson.title(), () -> openLesson(module, lesson)));
                }
                list.add(item);
            }
            box.add(list);
            if (draft()) {
                Button addLesson = new Button(getTranslation("training.editor.addLesson"),
                        click -> openLesson(module, null));
                addLesson.setId("lesson-add-" + module.id());
                addLesson.getElement().setAttribute("aria-label",
                        getTranslation("training.editor.addLesson") + ": " + module.title());
                TextField rename = new TextField(getTranslation("training.editor.moduleTitle"));
                rename.setValue(module.title());
                Button saveName = new Button(getTranslation("training.editor.rename"), click -> {
                    try {
                        courses.renameModule(courseId, module.id(), rename.getValue());
                        reload();
                    } catch (InvalidInput e) {
                        rename.setErrorMessage(getTranslation(e.messageKey()));
                        rename.setInvalid(true);
                    }
                });
                Button remove = small("training.editor.removeModule", module.title(),
                        () -> act(() -> courses.removeModule(courseId, module.id())));
                int place = content.modules().indexOf(module);
                Button up = small("training.editor.up", module.title(),
                        () -> act(() -> courses.moveModule(courseId, module.id(), -1)));
                up.setEnabled(place > 0);
                Button down = small("training.editor.down", module.title(),
                        () -> act(() -> courses.moveModule(courseId, module.id(), 1)));
                down.setEnabled(place < content.modules().size() - 1);
                HorizontalLayout tools = new HorizontalLayout(addLesson, rename, saveName, up, down, remove);
                tools.setAlignItems(FlexComponent.Alignment.BASELINE);
                box.add(tools);
            }
            section.add(box);
        }
        if (draft()) {
            moduleTitle.setLabel(getTranslation("training.editor.moduleTitle"));
            moduleTitle.setId("module-title");
            moduleTitle.setValue("");
            moduleTitle.setInvalid(false);
            Button add = new Button(getTranslation("training.editor.addModule"), click -> {
                try {
                    courses.addModule(courseId, moduleTitle.getValue());
                    reload();
                } catch (InvalidInput e) {
                    moduleTitle.setErrorMessage(getTranslation(e.messageKey()));
                    moduleTitle.setInvalid(true);
                }
            });
            add.setId("module-add");
            HorizontalLayout row = new HorizontalLayout(moduleTitle, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }

    private void openLesson(CourseModule module, Lesson lesson) {
        lessonDialog = new LessonDialog(module, lesson);
        lessonDialog.open();
    }

    /** Writing a lesson: Markdown with a preview, an optional link, and (once saved) its materials. */
    final class LessonDialog extends Dialog {
        final TextField title = new TextField(getTranslation("training.lesson.title"));
        final TextArea body = new TextArea(getTranslation("training.lesson.body"));
        final TextField linkUrl = new TextField(getTranslation("training.lesson.linkUrl"));
        final TextField linkTitle = new TextField(getTranslation("training.lesson.linkTitle"));
        final Button save = new Button(getTranslation("training.lesson.save"));
        final Div preview = new Div();
        private final VerticalLayout layout = new VerticalLayout();
        private Div materialsBox;

        LessonDialog(CourseModule module, Lesson lesson) {
            setHeaderTitle(lesson == null ? getTranslation("training.lesson.new", module.title()) : lesson.title());
            setWidth("min(60em, 95vw)");
            title.setId("lesson-title-field");
            title.setRequiredIndicatorVisible(true);
            title.setWidthFull();
            body.setId("lesson-body-field");
            body.setRequiredIndicatorVisible(true);
            body.setHelperText(getTranslation("training.lesson.body.help"));
            body.setWidthFull();
            body.setMinHeight("12em");
            linkUrl.setId("lesson-link-field");
            linkUrl.setHelperText(getTranslation("training.lesson.linkUrl.help"));
            linkUrl.setWidthFull();
            linkTitle.setWidthFull();
            if (lesson != null) {
                title.setValue(lesson.title());
                body.setValue(lesson.body());
                linkUrl.setValue(lesson.linkUrl() == null ? "" : lesson.linkUrl());
                linkTitle.setValue(lesson.linkTitle() == null ? "" : lesson.linkTitle());
            }
            boolean editable = draft();
            title.setReadOnly(!editable);
            body.setReadOnly(!editable);
            linkUrl.setReadOnly(!editable);
            linkTitle.setReadOnly(!editable);
            Button showPreview = new Button(getTranslation("training.lesson.preview"), click -> {
                preview.removeAll();
                preview.add(new Html(LessonMarkdown.toSafeHtml(body.getValue())));
            });
            showPreview.setId("lesson-preview");
            preview.setId("lesson-preview-area");
            layout.add(title, body, showPreview, preview, linkUrl, linkTitle);
            layout.setPadding(false);
            add(layout);
            TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(CourseEditorView.this)
                    .field("lessonTitle", title).field("lessonBody", body).field("linkUrl", linkUrl)
                    .field("linkTitle", linkTitle);
            if (lesson != null) {
                materialsBox = materials(lesson);
                layout.add(materialsBox);
            }
            save.setId("lesson-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setVisible(editable);
            save.addClickListener(click -> {
                LessonInput input = new LessonInput(title.getValue(), body.getValue(), linkUrl.getValue(),
                        linkTitle.getValue());
                if (errors.run(() -> {
                    if (lesson == null) {
                        courses.addLesson(courseId, module.id(), input);
                    } else {
                        courses.updateLesson(courseId, lesson.id(), input);
                    }
                })) {
                    close();
                    reload();
                }
            });
            Button cancel = new Button(getTranslation(editable ? "training.cancel" : "training.close"),
                    click -> close());
            getFooter().add(cancel, save);
        }

        private Div materials(Lesson lesson) {
            Div box = new Div(new H3(getTranslation("training.materials")));
            UnorderedList list = new UnorderedList();
            list.setId("lesson-materials");
            for (Material material : content.materialsOf(lesson.key())) {
                ListItem item = new ListItem(new Span(material.fileName() + " ("
                        + UploadTexts.size(CourseEditorView.this, material.sizeBytes()) + ") "));
                if (draft()) {
                    item.add(small("training.editor.remove", material.fileName(), () -> {
                        courses.removeMaterial(courseId, material.id());
                        materialsChanged(lesson);
                    }));
                }
                list.add(item);
            }
            box.add(list);
            if (draft()) {
                Upload upload = new Upload(TrainingCourses.MATERIALS.inMemoryHandler((metadata, bytes) -> {
                    var refusal = courses.attachMaterial(courseId, lesson.id(), metadata.fileName(), bytes);
                    getUI().ifPresent(ui -> ui.access(() -> {
                        if (refusal.isPresent()) {
                            TrainingUi.error(CourseEditorView.this, refusal.get(), metadata.fileName());
                        } else {
                            TrainingUi.done(CourseEditorView.this, "training.material.added", metadata.fileName());
                            materialsChanged(lesson);
                        }
                    }));
                }));
                upload.setMaxFileSize((int) TrainingCourses.MATERIALS.maxBytes());
                upload.setAcceptedFileTypes(TrainingCourses.MATERIALS.acceptedFileTypes());
                upload.setId("material-upload");
                upload.getElement().setAttribute("aria-label", getTranslation("training.material.uploadLabel"));
                UploadTexts.apply(upload);
                upload.addFileRejectedListener(e -> TrainingUi.error(CourseEditorView.this,
                        "training.material.rejected", e.getFileName(), UploadTexts.rejection(e)));
                box.add(upload, new Paragraph(getTranslation("training.material.rules")));
            }
            return box;
        }

        /** The page and this list show the change; the dialog stays open with what is typed, unsaved or not. */
        private void materialsChanged(Lesson lesson) {
            reload();
            Div fresh = materials(lesson);
            layout.replace(materialsBox, fresh);
            materialsBox = fresh;
        }
    }

    // ---- the quiz -----------------------------------------------------------------------------------------

    private Section quiz() {
        Section section = new Section(new H2(getTranslation("training.quiz")));
        section.setId("course-quiz");
        section.add(new Paragraph(getTranslation("training.editor.quizRules", content.passMark(),
                content.maxAttempts() == 0 ? getTranslation("training.quiz.unlimited")
                        : String.valueOf(content.maxAttempts()))));
        if (content.questions().isEmpty()) {
            section.add(new EmptyState(getTranslation("training.editor.noQuestions")));
        }
        UnorderedList list = new UnorderedList();
        int number = 1;
        for (Question question : content.questions()) {
            ListItem item = new ListItem(new Span(number++ + ". " + question.text() + " ("
                    + getTranslation(question.multiple() ? "training.question.multiple" : "training.question.single")
                    + ", " + getTranslation("training.question.answerCount", question.answers().size()) + ") "));
            if (draft()) {
                item.add(small("training.editor.edit", question.text(), () -> openQuestion(question)),
                        small("training.editor.remove", question.text(),
                                () -> act(() -> courses.removeQuestion(courseId, question.id()))));
            }
            list.add(item);
        }
        section.add(list);
        if (draft()) {
            Button add = new Button(getTranslation("training.editor.addQuestion"), click -> openQuestion(null));
            add.setId("question-add");
            section.add(add);
        }
        return section;
    }

    private void openQuestion(Question question) {
        questionDialog = new QuestionDialog(question);
        questionDialog.open();
    }

    /** A question with its answers, which are correct, and the feedback for each. */
    final class QuestionDialog extends Dialog {
        final TextArea text = new TextArea(getTranslation("training.question.text"));
        final Checkbox multiple = new Checkbox(getTranslation("training.question.multipleLabel"));
        final List<TextField> answerTexts = new ArrayList<>();
        final List<Checkbox> answerCorrect = new ArrayList<>();
        final List<TextField> answerFeedback = new ArrayList<>();
        final Paragraph answersError = new Paragraph();
        final VerticalLayout rows = new VerticalLayout();
        final Button save = new Button(getTranslation("training.question.save"));

        QuestionDialog(Question question) {
            setHeaderTitle(getTranslation(question == null ? "training.question.new" : "training.question.edit"));
            setWidth("min(60em, 95vw)");
            text.setId("question-text");
            text.setRequiredIndicatorVisible(true);
            text.setWidthFull();
            multiple.setId("question-multiple");
            rows.setPadding(false);
            answersError.setId("question-answers-error");
            answersError.getElement().setAttribute("role", "alert");
            answersError.getStyle().set("color", "var(--lumo-error-text-color)");
            answersError.setVisible(false);
            List<AnswerOption> existing = question == null ? List.of() : question.answers();
            for (int i = 0; i < Math.max(4, existing.size()); i++) {
                addRow(i < existing.size() ? existing.get(i) : null);
            }
            if (question != null) {
                text.setValue(question.text());
                multiple.setValue(question.multiple());
            }
            Button more = new Button(getTranslation("training.question.addAnswer"), click -> addRow(null));
            VerticalLayout layout = new VerticalLayout(text, multiple, new Paragraph(
                    getTranslation("training.question.answersHelp")), rows, answersError, more);
            layout.setPadding(false);
            add(layout);
            TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(CourseEditorView.this)
                    .field("questionText", text);
            save.setId("question-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> {
                answersError.setVisible(false);
                List<AnswerOption> answers = new ArrayList<>();
                for (int i = 0; i < answerTexts.size(); i++) {
                    answers.add(new AnswerOption(answerTexts.get(i).getValue(), answerCorrect.get(i).getValue(),
                            answerFeedback.get(i).getValue()));
                }
                QuestionInput input = new QuestionInput(text.getValue(), multiple.getValue(), answers);
                boolean saved;
                try {
                    saved = errors.run(() -> {
                        if (question == null) {
                            courses.addQuestion(courseId, input);
                        } else {
                            courses.updateQuestion(courseId, question.id(), input);
                        }
                    });
                } catch (RuntimeException e) {
                    throw e;
                }
                if (saved) {
                    close();
                    reload();
                }
            });
            // Answer problems are shown under the answers, where they are fixed.
            errors.field("answers", new AnswersValidation());
            getFooter().add(new Button(getTranslation("training.cancel"), click -> close()), save);
        }

        private void addRow(AnswerOption answer) {
            int n = answerTexts.size() + 1;
            TextField answerText = new TextField(getTranslation("training.question.answer", n));
            answerText.setId("answer-text-" + n);
            Checkbox correct = new Checkbox(getTranslation("training.question.correct"));
            correct.setId("answer-correct-" + n);
            correct.setAriaLabel(getTranslation("training.question.correctAria", n));
            TextField feedback = new TextField(getTranslation("training.question.feedback", n));
            feedback.setId("answer-feedback-" + n);
            if (answer != null) {
                answerText.setValue(answer.text());
                correct.setValue(answer.correct());
                feedback.setValue(answer.feedback() == null ? "" : answer.feedback());
            }
            answerTexts.add(answerText);
            answerCorrect.add(correct);
            answerFeedback.add(feedback);
            HorizontalLayout row = new HorizontalLayout(answerText, correct, feedback);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            rows.add(row);
        }

        /** Shows an answers refusal under the answers. */
        private final class AnswersValidation implements com.vaadin.flow.component.HasValidation {
            private String message;

            @Override
            public void setErrorMessage(String errorMessage) {
                message = errorMessage;
            }

            @Override
            public String getErrorMessage() {
                return message;
            }

            @Override
            public void setInvalid(boolean invalid) {
                answersError.setText(invalid ? message : "");
                answersError.setVisible(invalid);
            }

            @Override
            public boolean isInvalid() {
                return answersError.isVisible();
            }
        }
    }

    // ---- publishing ---------------------------------------------------------------------------------------

    private Section publishing() {
        Section section = new Section(new H2(getTranslation("training.publish")));
        section.addClassName("portal-card");
        section.setId("course-publishing");
        section.add(new Paragraph(getTranslation("training.publish.help")));
        audienceFields();
        Button publish = new Button(getTranslation("training.publish.button", content.versionNumber()));
        publish.setId("course-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(this).field("departments", departments);
        publish.addClickListener(click -> {
            if (errors.run(() -> courses.publish(courseId, publishScope.getValue(), chosenDepartments()))) {
                TrainingUi.done(this, "training.publish.done", content.versionNumber());
                reload();
            }
        });
        section.add(publishScope, departments, publish);
        return section;
    }

    private Section audience() {
        Section section = new Section(new H2(getTranslation("training.audience")));
        section.setId("course-audience");
        audienceFields();
        Button save = new Button(getTranslation("training.audience.save"));
        save.setId("course-audience-save");
        TrainingUi.FieldErrors errors = new TrainingUi.FieldErrors(this).field("departments", departments);
        save.addClickListener(click -> {
            if (errors.run(() -> courses.changeAudience(courseId, publishScope.getValue(), chosenDepartments()))) {
                TrainingUi.done(this, "training.saved");
                reload();
            }
        });
        section.add(publishScope, departments, save);
        return section;
    }

    private void audienceFields() {
        publishScope.setLabel(getTranslation("training.publish.scope"));
        publishScope.setItems(true, false);
        publishScope.setItemLabelGenerator(all -> getTranslation(all ? "training.publish.all"
                : "training.publish.chosen"));
        publishScope.setValue(summary.allDepartments());
        publishScope.setId("publish-scope");
        departments.setLabel(getTranslation("training.publish.departments"));
        departments.setItems(directory.all().stream().filter(Department::active).toList());
        departments.setItemLabelGenerator(Department::name);
        departments.setId("publish-departments");
        departments.setWidth("min(40em, 100%)");
        departments.setValue(directory.all().stream().filter(d -> summary.targets().contains(d.id()))
                .collect(Collectors.toSet()));
        departments.setEnabled(!summary.allDepartments());
        publishScope.addValueChangeListener(e -> departments.setEnabled(Boolean.FALSE.equals(e.getValue())));
    }

    private Set<String> chosenDepartments() {
        return departments.getValue().stream().map(Department::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Button small(String key, String about, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation(key) + ": " + about);
        return button;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (TrainingExceptions.NotAllowed e) {
            TrainingUi.error(this, e.messageKey());
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return (content == null ? getTranslation("training.courses.title") : content.title()) + " | "
                + getTranslation("app.name");
    }
}
