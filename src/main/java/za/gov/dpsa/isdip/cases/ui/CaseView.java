package za.gov.dpsa.isdip.cases.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.cases.internal.AttachmentPolicy;
import za.gov.dpsa.isdip.cases.internal.CaseAction;
import za.gov.dpsa.isdip.cases.internal.CaseAttachment;
import za.gov.dpsa.isdip.cases.internal.CaseDetails;
import za.gov.dpsa.isdip.cases.internal.CaseExceptions;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CaseTimelineEntry;
import za.gov.dpsa.isdip.cases.internal.CitizenAccess;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.sla.SlaStatus;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.platform.UploadTexts;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * One case: its facts and service level, the actions this user may take, citizen details on request (logged),
 * attachments, comments and the timeline. A change made meanwhile by a colleague is reported, never overwritten.
 */
@Route("cases/:reference([A-Za-z][A-Za-z0-9-]*-\\d{4}-\\d{6,})")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private CaseDetails details;
    final TextArea comment = new TextArea();
    final Checkbox shareComment = new Checkbox();

    public CaseView(CaseService cases) {
        this.cases = cases;
        addClassName("case-view");
        comment.setLabel(getTranslation("cases.comment"));
        comment.setId("case-comment");
        comment.setWidthFull();
        comment.setMaxLength(5000);
        shareComment.setLabel(getTranslation("cases.comment.share"));
        shareComment.setId("case-comment-share");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> reference = event.getRouteParameters().get("reference");
        if (za.gov.dpsa.isdip.tenancy.TenantContext.isPlatform()) {
            // Cases live in departments; DPSA reaches one by entering its department.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            details = cases.details(reference.orElseThrow(() -> new NotFound("No case " + -1 + " in this department")));
        } catch (NotFound notFound) {
            // The service recorded the refused look-up.
            event.rerouteToError(NotFoundException.class, SecurityEvents.RECORDED);
            return;
        } catch (za.gov.dpsa.isdip.tenancy.NoTenantException noTenant) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    long caseId() {
        return details.id();
    }

    private void reload() {
        details = cases.details(details.id());
        render();
    }

    private void render() {
        removeAll();
        CaseDetails d = details;
        PageHeader heading = new PageHeader(d.reference() + " " + d.title());
        heading.title().setId("case-heading");
        HorizontalLayout badges = new HorizontalLayout(CaseLabels.statusBadge(this, d.status()),
                CaseLabels.priorityBadge(this, d.priority()), slaBadge(d.sla()));
        if (d.escalated()) {
            badges.add(new Badge(getTranslation("cases.escalated"), Badge.Tone.CONTRAST));
        }
        badges.setId("case-badges");

        Section facts = new Section();
        facts.addClassName("portal-card");
        facts.add(fact("cases.field.category", CaseLabels.category(this, d.category())),
                fact("cases.field.service", Optional.ofNullable(d.serviceName()).orElse("")),
                fact("cases.field.servicePoint", Optional.ofNullable(d.servicePoint()).orElse("")),
                fact("cases.field.assignee", Optional.ofNullable(d.assigneeName()).orElse(getTranslation("cases.unassigned"))),
                fact("cases.field.createdBy", d.createdBy() + ", " + PortalDates.dateTime(d.createdAt())),
                fact("cases.field.responseDue", PortalDates.dateTime(d.sla().responseDue())),
                fact("cases.field.due", PortalDates.dateTime(d.sla().resolutionDue())));
        Paragraph description = new Paragraph(d.description());
        description.setId("case-description-text");
        description.getStyle().set("white-space", "pre-wrap");
        add(heading, badges, actions(d), facts, new H2(getTranslation("cases.field.description")), description);
        if (d.resolutionNote() != null) {
            Paragraph resolution = new Paragraph(d.resolutionNote());
            resolution.setId("case-resolution");
            add(new H2(getTranslation("cases.resolutionNote")), resolution);
        }
        if (d.hasCitizen() && (d.may(CaseAction.VIEW_CITIZEN) || d.may(CaseAction.VIEW_CITIZEN_WITH_REASON))) {
            add(citizenSection());
        }
        add(attachmentsSection(d));
        if (d.may(CaseAction.COMMENT)) {
            shareComment.setVisible(d.escalated());
            Button post = new Button(getTranslation("cases.comment.post"), click -> once(click.getSource(),
                    () -> run(() -> {
                        cases.comment(d.id(), comment.getValue(), shareComment.getValue());
                        comment.clear();
                        shareComment.clear();
                    })));
            post.setId("case-comment-post");
            // Pressed twice on a slow link, it would post the comment twice: disabled from the click until done.
            post.setDisableOnClick(true);
            add(comment, new HorizontalLayout(shareComment, post));
        }
        add(timeline(d));
    }

    private Div fact(String labelKey, String value) {
        Div fact = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        fact.addClassName("case-fact");
        return fact;
    }

    private Badge slaBadge(SlaStatus sla) {
        if (sla.breached()) {
            return new Badge(getTranslation("cases.sla.breached"), Badge.Tone.ERROR);
        }
        if (sla.paused()) {
            return new Badge(getTranslation("cases.sla.paused"), Badge.Tone.CONTRAST);
        }
        if (sla.atRisk()) {
            return new Badge(getTranslation("cases.sla.atRisk"), Badge.Tone.WARNING);
        }
        return new Badge(getTranslation("cases.sla.onTrack"), Badge.Tone.SUCCESS);
    }

    private FlexLayout actions(CaseDetails d) {
        FlexLayout bar = new FlexLayout();
        bar.setId("case-actions");
        bar.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        if (d.may(CaseAction.TAKE)) {
            bar.add(action("take", () -> cases.take(d.id(), d.version())));
        }
        if (d.may(CaseAction.ASSIGN)) {
            ComboBox<DepartmentMember> to = new ComboBox<>(getTranslation("cases.assign.to"));
            to.setItems(cases.assignableOfficials());
            to.setItemLabelGenerator(DepartmentMember::displayName);
            to.setId("case-assign-to");
            Button assign = new Button(getTranslation("cases.action.assign"), click -> {
                if (to.getValue() == null) {
                    to.setErrorMessage(getTranslation("cases.invalid.required"));
                    to.setInvalid(true);
                    return;
                }
                run(() -> cases.assign(d.id(), d.version(), to.getValue().username()));
            });
            assign.setId("case-action-assign");
            bar.add(to, assign);
        }
        if (d.may(CaseAction.START)) {
            bar.add(action("start", () -> cases.start(d.id(), d.version())));
        }
        if (d.may(CaseAction.AWAIT_INFORMATION)) {
            bar.add(withText("awaitInformation", "cases.await.note", note ->
                    cases.awaitInformation(d.id(), d.version(), note), null));
        }
        if (d.may(CaseAction.RESUME)) {
            bar.add(action("resume", () -> cases.resume(d.id(), d.version())));
        }
        if (d.may(CaseAction.RESOLVE)) {
            bar.add(withText("resolve", "cases.resolutionNote", note -> cases.resolve(d.id(), d.version(), note), null));
        }
        if (d.may(CaseAction.CLOSE)) {
            bar.add(action("close", () -> cases.close(d.id(), d.version())));
        }
        if (d.may(CaseAction.REOPEN)) {
            bar.add(withText("reopen", "cases.reopen.reason", reason -> cases.reopen(d.id(), d.version(), reason), null));
        }
        if (d.may(CaseAction.ESCALATE)) {
            Checkbox share = new Checkbox(getTranslation("cases.escalate.shareCitizen"));
            share.setId("case-escalate-share");
            share.setVisible(d.hasCitizen());
            bar.add(withText("escalate", "cases.escalate.reason", reason ->
                    cases.escalate(d.id(), d.version(), reason, share.getValue()), share));
        }
        return bar;
    }

    private Button action(String name, Runnable work) {
        Button button = new Button(getTranslation("cases.action." + name), click -> once(click.getSource(),
                () -> run(work)));
        button.setId("case-action-" + name);
        button.setDisableOnClick(true);
        return button;
    }

    /** An action that needs a text (a note, a reason): a dialog that keeps the text if the action fails. */
    private Button withText(String name, String labelKey, Consumer<String> work, Checkbox extra) {
        Button open = new Button(getTranslation("cases.action." + name));
        open.setId("case-action-" + name);
        open.addClickListener(click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("cases.action." + name));
            TextArea text = new TextArea(getTranslation(labelKey));
            text.setId("case-dialog-text");
            text.setWidth("30rem");
            text.setMaxLength(5000);
            text.setRequiredIndicatorVisible(true);
            dialog.add(text);
            if (extra != null) {
                dialog.add(extra);
            }
            Button confirm = new Button(getTranslation("cases.action." + name), e -> once(e.getSource(), () -> {
                try {
                    work.accept(text.getValue());
                    dialog.close();
                    reload();
                } catch (InvalidInput invalid) {
                    text.setErrorMessage(getTranslation(invalid.messageKey()));
                    text.setInvalid(true);
                } catch (CaseExceptions.Conflict conflict) {
                    dialog.close();
                    showConflict(conflict);
                }
            }));
            confirm.setDisableOnClick(true);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("case-dialog-confirm");
            dialog.getFooter().add(new Button(getTranslation("cases.cancel"), e -> dialog.close()), confirm);
            dialog.open();
        });
        return open;
    }

    /** A button disabled on click (in the browser, before the round trip) may be pressed again once its work is done. */
    private static void once(Button button, Runnable work) {
        try {
            work.run();
        } finally {
            button.setEnabled(true);
        }
    }

    /** Runs an action; a conflict or a refusal leaves the page and what the user typed as they are. */
    private void run(Runnable work) {
        try {
            work.run();
            reload();
        } catch (CaseExceptions.Conflict conflict) {
            showConflict(conflict);
        } catch (InvalidInput invalid) {
            PortalMessages.problem(Notification.show(getTranslation(invalid.messageKey())));
        } catch (CaseExceptions.NotAllowed notAllowed) {
            PortalMessages.problem(Notification.show(getTranslation("cases.notAllowed")));
        } catch (org.springframework.dao.OptimisticLockingFailureException concurrent) {
            showConflict(new CaseExceptions.Conflict("?", java.time.Instant.now()));
        }
    }

    private void showConflict(CaseExceptions.Conflict conflict) {
        Notification notification = new Notification();
        PortalMessages.problem(notification);
        Span text = new Span(getTranslation("cases.conflict", conflict.changedBy(),
                PortalDates.dateTime(conflict.changedAt())));
        text.setId("case-conflict");
        Button reload = new Button(getTranslation("cases.conflict.reload"), e -> {
            notification.close();
            reload();
        });
        notification.add(new HorizontalLayout(text, reload));
        notification.setDuration(0);
        notification.open();
    }

    /**
     * The citizen's details: never on the page until the user asks (taking or opening the case shows nothing of
     * them). The author, the assignee and the administrator ask with the button; any other official states a reason
     * first. Each request is logged; the log is shown with the details.
     */
    private Section citizenSection() {
        Section section = new Section(new H2(getTranslation("cases.citizen.title")));
        section.addClassName("portal-card");
        section.setId("case-citizen");
        boolean onTheCase = details.may(CaseAction.VIEW_CITIZEN);
        Paragraph notice = new Paragraph(getTranslation("cases.citizen.viewNotice"));
        section.add(notice);
        TextArea reason = new TextArea(getTranslation("cases.citizen.reason"));
        reason.setId("case-citizen-reason");
        reason.setHelperText(getTranslation("cases.citizen.reason.help"));
        reason.setWidthFull();
        reason.setMaxLength(CaseService.MAX_REASON);
        reason.setMinLength(CaseService.MIN_REASON);
        reason.setRequired(true);
        if (!onTheCase) {
            section.add(reason);
        }
        Button show = new Button(getTranslation("cases.citizen.show"));
        show.setId("case-citizen-show");
        show.addClickListener(click -> {
            Optional<CitizenDetails> citizen;
            try {
                citizen = cases.viewCitizen(details.id(), onTheCase ? null : reason.getValue());
            } catch (InvalidInput invalid) {
                reason.setErrorMessage(getTranslation(invalid.messageKey()));
                reason.setInvalid(true);
                return;
            } catch (CaseExceptions.NotAllowed notAllowed) {
                PortalMessages.problem(Notification.show(getTranslation("cases.notAllowed")));
                return;
            }
            section.remove(notice, reason, show);
            citizen.ifPresent(c -> {
                Div shown = new Div(fact("cases.citizen.name", c.fullName()),
                        fact("cases.citizen.idNumber", Optional.ofNullable(c.idNumber()).orElse("")),
                        fact("cases.citizen.phone", Optional.ofNullable(c.phone()).orElse("")),
                        fact("cases.citizen.email", Optional.ofNullable(c.email()).orElse("")));
                shown.setId("case-citizen-details");
                section.add(shown);
            });
            UnorderedList log = new UnorderedList();
            log.setId("case-citizen-access-log");
            cases.citizenAccessLog(details.id()).forEach(entry -> log.add(new ListItem(accessLine(entry))));
            section.add(new Paragraph(getTranslation("cases.citizen.accessLog")), log);
        });
        section.add(show);
        return section;
    }

    /** One line of the access log: who, when, on what basis and why. */
    private String accessLine(CitizenAccess entry) {
        String when = PortalDates.dateTime(entry.viewedAt());
        if (entry.basis() == null) {
            return getTranslation("cases.citizen.accessLine.legacy", entry.username(), when, entry.purpose());
        }
        return getTranslation("cases.citizen.accessLine", entry.username(), when,
                getTranslation("cases.citizen.basis." + entry.basis()), entry.purpose());
    }

    private Section attachmentsSection(CaseDetails d) {
        Section section = new Section(new H2(getTranslation("cases.attachments")));
        UnorderedList files = new UnorderedList();
        files.setId("case-attachments");
        for (CaseAttachment attachment : d.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> cases.attachment(d.id(),
                            attachment.id())
                    .map(a -> new DownloadResponse(new ByteArrayInputStream(a.content()), a.fileName(),
                            a.contentType(), a.content().length))
                    .orElse(DownloadResponse.error(404))), attachment.fileName());
            link.getElement().setAttribute("download", true);
            files.add(new ListItem(link, new Span(" (" + UploadTexts.size(this, attachment.sizeBytes()) + ", "
                    + attachment.uploadedBy() + ")")));
        }
        section.add(files);
        if (d.may(CaseAction.COMMENT)) {
            Upload upload = new Upload(UploadPolicy.inMemoryHandler(AttachmentPolicy.MAX_BYTES, (metadata, bytes) -> {
                AttachmentPolicy.Result result = cases.attach(d.id(), metadata.fileName(), bytes);
                getUI().ifPresent(ui -> ui.access(() -> {
                    if (result.accepted()) {
                        Notification.show(getTranslation("cases.attachment.added", metadata.fileName()));
                        reload();
                    } else {
                        PortalMessages.problem(Notification.show(getTranslation(result.refusalKey(), metadata.fileName())));
                    }
                }));
            }));
            upload.setMaxFileSize(AttachmentPolicy.MAX_BYTES);
            upload.setAcceptedFileTypes(AttachmentPolicy.ALLOWED.keySet().stream().map(e -> "." + e)
                    .toArray(String[]::new));
            UploadTexts.apply(upload);
            upload.addFileRejectedListener(e -> PortalMessages.problem(Notification.show(getTranslation("cases.attachment.rejected",
                    e.getFileName(), UploadTexts.rejection(e)))));
            upload.setId("case-upload");
            Paragraph rules = new Paragraph(getTranslation("cases.attachment.rules"));
            section.add(upload, rules);
        }
        return section;
    }

    private Section timeline(CaseDetails d) {
        Section section = new Section(new H2(getTranslation("cases.timeline")));
        UnorderedList entries = new UnorderedList();
        entries.setId("case-timeline");
        for (CaseTimelineEntry entry : d.timeline()) {
            StringBuilder text = new StringBuilder(PortalDates.dateTime(entry.occurredAt())).append(" ")
                    .append(entry.actorName()).append(": ")
                    .append(getTranslation("cases.event." + entry.type().name()));
            if (entry.type() == za.gov.dpsa.isdip.cases.internal.CaseEventType.STATUS && entry.toStatus() != null) {
                text.append(" ").append(CaseLabels.status(this, entry.toStatus()));
            }
            if (entry.body() != null) {
                text.append(entry.type() == za.gov.dpsa.isdip.cases.internal.CaseEventType.ASSIGNMENT ? " " : ": ")
                        .append(entry.body());
            }
            if (entry.sharedWithDpsa()) {
                text.append(" [").append(getTranslation("cases.sharedWithDpsa")).append("]");
            }
            entries.add(new ListItem(text.toString()));
        }
        section.add(entries);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("nav.cases") : details.reference()) + " | "
                + getTranslation("app.name");
    }
}
