package za.gov.dpsa.isdip.standards.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.platform.UploadTexts;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.ActionItem;
import za.gov.dpsa.isdip.standards.internal.Assessment;
import za.gov.dpsa.isdip.standards.internal.AssessmentInput;
import za.gov.dpsa.isdip.standards.internal.Catalogue;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.EvidencePolicy;
import za.gov.dpsa.isdip.standards.internal.HarmonisedStandard;
import za.gov.dpsa.isdip.standards.internal.MechanismRequirement;
import za.gov.dpsa.isdip.standards.internal.Rating;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Self-assessment of one harmonised standard: what it asks and which mechanisms the answer counts for, the
 * current answer and its evidence, the form to answer anew (a gap needs an action to close it), the actions and
 * the history of answers.
 */
@Route("standards/assess/:code")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class AssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DepartmentAlignment alignment;
    private final Catalogue catalogue;
    private final AlignmentUi.Fields fields = new AlignmentUi.Fields();
    final RadioButtonGroup<Rating> rating = fields.put("rating", new RadioButtonGroup<>());
    final TextArea evidenceText = fields.put("evidenceText", new TextArea());
    final TextField evidenceLink = fields.put("evidenceLink", new TextField());
    final Checkbox keepFile = new Checkbox();
    final TextField actionTitle = fields.put("actionTitle", new TextField());
    final ComboBox<DepartmentMember> actionOwner = fields.put("actionOwner", new ComboBox<>());
    final DatePicker actionDue = fields.put("actionDue", new DatePicker());
    final Button save = new Button();
    private final Span fileMessage = fields.message("evidenceFile");
    private final Span fileChosen = new Span();
    private String pendingFileName;
    private byte[] pendingFile;
    private HarmonisedStandard standard;
    private String code;

    public AssessmentView(DepartmentAlignment alignment, Catalogue catalogue) {
        this.alignment = alignment;
        this.catalogue = catalogue;
        save.addClickListener(click -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        pendingFile = null;
        pendingFileName = null;
        fileChosen.setText("");
        if (PortalUser.current().flatMap(PortalUser::workingDepartment).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        standard = catalogue.current(code).orElse(null);
        if (standard == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        PageHeader heading = new PageHeader(standard.code() + " " + standard.title());
        heading.title().setId("assessment-heading");
        add(heading, AlignmentUi.nav(this, AssessmentListView.class));

        Section about = new Section();
        Paragraph serves = new Paragraph(getTranslation("standards.catalogue.serves",
                standard.mechanisms().stream().map(m -> AlignmentUi.mechanism(this, m))
                        .collect(Collectors.joining(", ")), Catalogue.liveRequirements(standard).size()));
        serves.setId("assessment-serves");
        UnorderedList links = new UnorderedList();
        for (MechanismRequirement r : Catalogue.liveRequirements(standard)) {
            links.add(new ListItem(r.code() + " (" + AlignmentUi.mechanism(this, r.mechanism()) + ", "
                    + r.regulationRef() + "): " + r.requirement()));
        }
        about.add(new Paragraph(getTranslation("standards.catalogue.facts", standard.version(),
                        AlignmentUi.status(this, standard.status()), PortalDates.date(standard.effectiveDate()))),
                new Paragraph(standard.requirement()),
                new Paragraph(getTranslation("standards.catalogue.evidence", standard.evidenceExpected())),
                serves, links);
        add(about);

        Optional<Assessment> current = alignment.currentAssessment(code);
        Section answer = new Section(new H2(getTranslation("standards.assessment.current")));
        answer.setId("assessment-current");
        if (current.isEmpty()) {
            answer.add(new EmptyState(getTranslation("standards.assessment.none")));
        } else {
            answer.add(describe(current.get()));
        }
        add(answer);

        boolean official = PortalUser.current().map(u -> u.hasRole(PortalRole.DEPT_USER)
                || u.hasRole(PortalRole.DEPT_ADMIN)).orElse(false);
        if (official) {
            add(form(current));
        }
        add(actions(), history());
    }

    private Div describe(Assessment a) {
        Div box = new Div();
        Paragraph summary = new Paragraph(getTranslation("standards.assessment.summary",
                AlignmentUi.rating(this, a.rating()), a.standardVersion(), PortalDates.date(a.assessedOn()),
                a.assessorName()));
        summary.setId("assessment-current-summary");
        box.add(summary);
        if (a.standardVersion() < standard.version()) {
            box.add(new Paragraph(getTranslation("standards.assessments.outdated", a.standardVersion(),
                    standard.version())));
        }
        if (a.evidenceText() != null) {
            box.add(new Paragraph(getTranslation("standards.assessment.evidenceText", a.evidenceText())));
        }
        if (a.evidenceLink() != null) {
            Anchor link = new Anchor(a.evidenceLink(), a.evidenceLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            box.add(new Paragraph(new Span(getTranslation("standards.assessment.evidenceLink") + " "), link));
        }
        if (a.evidenceFileId() != null) {
            long id = a.id();
            Anchor file = new Anchor(DownloadHandler.fromInputStream(download -> alignment.evidence(id)
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(),
                            f.contentType(), f.content().length))
                    .orElse(DownloadResponse.error(404))), a.evidenceFileName());
            file.getElement().setAttribute("download", true);
            file.setId("assessment-file-" + id);
            box.add(new Paragraph(new Span(getTranslation("standards.assessment.evidenceFile") + " "), file));
        }
        return box;
    }

    private Section form(Optional<Assessment> current) {
        Section form = new Section(new H2(getTranslation("standards.assessment.answer")),
                new Paragraph(getTranslation("standards.assessment.answerHelp")));
        form.setId("assessment-form");
        rating.setLabel(getTranslation("standards.field.rating"));
        rating.setId("assessment-rating");
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> AlignmentUi.rating(this, r));
        rating.setRequiredIndicatorVisible(true);
        evidenceText.setLabel(getTranslation("standards.field.evidenceText"));
        evidenceText.setHelperText(getTranslation("standards.assessment.evidenceHelp"));
        evidenceText.setId("assessment-evidence");
        evidenceText.setWidthFull();
        evidenceText.setMaxLength(4000);
        evidenceLink.setLabel(getTranslation("standards.field.evidenceLink"));
        evidenceLink.setHelperText(getTranslation("standards.assessment.linkHelp"));
        evidenceLink.setId("assessment-link");
        evidenceLink.setWidthFull();
        Upload upload = new Upload(UploadPolicy.inMemoryHandler(EvidencePolicy.MAX_BYTES,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            pendingFileName = metadata.fileName();
            pendingFile = bytes;
            fileChosen.setText(getTranslation("standards.assessment.fileChosen", metadata.fileName()));
        }))));
        upload.setId("assessment-upload");
        fileChosen.setId("assessment-file-chosen");
        fileMessage.setId("assessment-file-message");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EvidencePolicy.MAX_BYTES);
        upload.setAcceptedFileTypes(EvidencePolicy.POLICY.acceptedFileTypes());
        UploadTexts.apply(upload);
        upload.addFileRejectedListener(e -> fileMessage.setText(getTranslation("standards.evidence.rejected",
                e.getFileName(), UploadTexts.rejection(e))));
        upload.getElement().setAttribute("aria-label", getTranslation("standards.field.evidenceFile"));
        Span uploadLabel = new Span(getTranslation("standards.field.evidenceFile") + " ("
                + getTranslation("standards.evidence.rules") + ")");
        form.add(rating, evidenceText, evidenceLink, uploadLabel, upload, fileChosen, fileMessage);
        if (current.map(a -> a.evidenceFileId() != null).orElse(false)) {
            keepFile.setLabel(getTranslation("standards.assessment.keepFile", current.get().evidenceFileName()));
            keepFile.setValue(true);
            keepFile.setId("assessment-keep-file");
            form.add(keepFile);
        }
        form.add(new H2(getTranslation("standards.assessment.newAction")),
                new Paragraph(getTranslation("standards.assessment.newActionHelp")));
        actionTitle.setLabel(getTranslation("standards.field.actionTitle"));
        actionTitle.setId("action-title");
        actionTitle.setWidthFull();
        AlignmentUi.ownerPicker(this, actionOwner, alignment.possibleOwners(), "action-owner");
        actionDue.setLabel(getTranslation("standards.field.actionDue"));
        actionDue.setId("action-due");
        PortalDates.southAfrican(actionDue);
        save.setText(getTranslation("standards.assessment.save"));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(actionTitle, actionOwner, actionDue, save);
        return form;
    }

    private void save() {
        // A date the picker could not read leaves it invalid with no value: say so rather than "required".
        boolean unreadableDue = actionDue.isInvalid() && actionDue.getValue() == null;
        fields.clear();
        boolean actionGiven = !actionTitle.isEmpty() || !actionOwner.isEmpty() || actionDue.getValue() != null;
        List<ActionItem.Input> actions = actionGiven
                ? List.of(new ActionItem.Input(actionTitle.getValue(),
                        actionOwner.getValue() == null ? null : actionOwner.getValue().username(), actionDue.getValue()))
                : List.of();
        if (unreadableDue && (!actionTitle.isEmpty() || !actionOwner.isEmpty())) {
            fields.show(this, new InvalidInput("actionDue", "standards.invalid.date"));
            return;
        }
        try {
            alignment.assess(code, new AssessmentInput(rating.getValue(), evidenceText.getValue(),
                    evidenceLink.getValue(), pendingFileName, pendingFile, keepFile.getValue(), actions));
            AlignmentUi.saved(getTranslation("standards.assessment.saved", standard.code()));
            pendingFile = null;
            pendingFileName = null;
            rating.clear();
            evidenceText.clear();
            evidenceLink.clear();
            actionTitle.clear();
            actionOwner.clear();
            actionDue.clear();
            fileChosen.setText("");
            render();
        } catch (InvalidInput refusal) {
            fields.show(this, refusal);
        } catch (NotFound gone) {
            AlignmentUi.error(getTranslation("standards.assessment.withdrawn"));
        } catch (org.springframework.dao.ConcurrencyFailureException
                 | org.springframework.dao.DataIntegrityViolationException concurrent) {
            // A colleague answered the same standard at the same moment: theirs stands, ours is shown again.
            AlignmentUi.error(getTranslation("standards.stale"));
            render();
        }
    }

    private Section actions() {
        Section section = new Section(new H2(getTranslation("standards.assessment.actions")));
        List<ActionItem> items = alignment.actions(code);
        if (items.isEmpty()) {
            section.add(new EmptyState(getTranslation("standards.actions.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("assessment-actions");
        for (ActionItem a : items) {
            ListItem item = new ListItem(a.title() + " (" + a.owner() + ", "
                    + getTranslation("standards.action.due", PortalDates.date(a.dueDate())) + ", "
                    + AlignmentUi.status(this, a.status()) + ")");
            if (a.overdue()) {
                Span overdue = new Span(" " + getTranslation("standards.action.overdue"));
                overdue.addClassName("alignment-overdue");
                item.add(overdue);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section history() {
        Section section = new Section(new H2(getTranslation("standards.assessment.history")));
        List<Assessment> all = alignment.history(code);
        Grid<Assessment> grid = new Grid<>(Assessment.class, false);
        grid.setId("assessment-history");
        grid.setAriaLabel(getTranslation("standards.assessment.history"));
        grid.addColumn(a -> PortalDates.date(a.assessedOn())).setHeader(getTranslation("standards.field.assessedOn"))
                .setAutoWidth(true);
        grid.addColumn(a -> "v" + a.standardVersion()).setHeader(getTranslation("standards.field.version"))
                .setAutoWidth(true);
        grid.addColumn(a -> AlignmentUi.rating(this, a.rating())).setHeader(getTranslation("standards.field.rating"))
                .setAutoWidth(true);
        grid.addColumn(Assessment::assessorName).setHeader(getTranslation("standards.field.assessor")).setAutoWidth(true);
        grid.addColumn(a -> Optional.ofNullable(a.evidenceText()).orElse(""))
                .setHeader(getTranslation("standards.field.evidenceText")).setFlexGrow(3);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        section.add(grid);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return (standard == null ? getTranslation("standards.assessments.title") : standard.code() + " "
                + standard.title()) + " | " + getTranslation("app.name");
    }
}
