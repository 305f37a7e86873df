package za.gov.dpsa.isdip.standards.ui;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.platform.UploadTexts;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.standards.internal.EvidencePolicy;
import za.gov.dpsa.isdip.standards.internal.ProcessMapStatus;
import za.gov.dpsa.isdip.standards.internal.RegisteredService;
import za.gov.dpsa.isdip.standards.internal.ServiceRegister;
import za.gov.dpsa.isdip.standards.internal.Sop;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * One core service in the register: its name and recipients (retire or bring back), its business process map
 * (status, evidence, approval) and its standard operating procedures (version, evidence, approval, next review;
 * flagged "review overdue" from the day after the review date; withdrawn with a reason, kept for the record, or
 * reinstated). Officials and administrators edit; reporters read.
 */
@Route("standards/services/:id")
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER})
public class ServiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRegister register;
    private final AlignmentUi.Fields serviceFields = new AlignmentUi.Fields();
    private final AlignmentUi.Fields mapFields = new AlignmentUi.Fields();
    private final AlignmentUi.Fields sopFields = new AlignmentUi.Fields();
    final TextField name = serviceFields.put("name", new TextField());
    final TextField recipients = serviceFields.put("recipients", new TextField());
    final Button saveService = new Button();
    final Button retire = new Button();
    final Select<ProcessMapStatus> mapStatus = mapFields.put("mapStatus", new Select<>());
    final TextField mapLink = mapFields.put("mapEvidenceLink", new TextField());
    final Checkbox mapKeepFile = new Checkbox();
    final TextField mapApprovedBy = mapFields.put("mapApprovedBy", new TextField());
    final DatePicker mapApprovedOn = mapFields.put("mapApprovedOn", new DatePicker());
    final Button saveMap = new Button();
    final TextField sopTitle = sopFields.put("sopTitle", new TextField());
    final TextField sopVersion = sopFields.put("sopVersion", new TextField());
    final TextField sopLink = sopFields.put("sopEvidenceLink", new TextField());
    final Checkbox sopKeepFile = new Checkbox();
    final TextField sopApprovedBy = sopFields.put("sopApprovedBy", new TextField());
    final DatePicker sopApprovedOn = sopFields.put("sopApprovedOn", new DatePicker());
    final DatePicker sopNextReview = sopFields.put("sopNextReview", new DatePicker());
    final Button saveSop = new Button();
    private final PendingFile mapFile = new PendingFile();
    private final PendingFile sopFile = new PendingFile();
    private final H2 sopFormTitle = new H2();
    /** The SOP list as last drawn, for tests. */
    Grid<Sop> sopGrid;
    private RegisteredService service;
    /** The SOP being edited, or null when the form adds one. */
    private Sop editing;
    private boolean official;
    /** Whether the forms were on the page when it was last drawn (a retired service shows none). */
    private boolean formsShown;
    /**
     * The service's version each of its two forms was filled from, and saves with: a form kept as typed through
     * another form's conflict still meets that conflict when it is saved, rather than overwriting it unseen.
     */
    private final Map<Part, Long> formVersion = new EnumMap<>(Part.class);

    /**
     * The page's three forms: after a save, or a conflict, only that form is refilled, so what is typed in another
     * stays.
     */
    enum Part { SERVICE, MAP, SOP }

    public ServiceView(ServiceRegister register) {
        this.register = register;
        saveService.addClickListener(click -> saveService());
        retire.addClickListener(click -> retireOrReinstate());
        saveMap.addClickListener(click -> saveMap());
        saveSop.addClickListener(click -> saveSop());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = PortalUser.current().orElse(null);
        if (user == null || user.workingDepartment().isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        official = user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN);
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            service = register.service(id);
        } catch (NumberFormatException | NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        editing = null;
        formsShown = false;
        render(EnumSet.allOf(Part.class));
    }

    /**
     * Draws the page; the forms in {@code refill} get the saved values, the others keep what was typed. Forms that
     * come back with a reinstated service are all filled: nothing could be typed in them while they were hidden.
     */
    private void render(Set<Part> refill) {
        Set<Part> fill = EnumSet.noneOf(Part.class);
        fill.addAll(refill);
        boolean editable = official && !service.retired();
        if (editable && !formsShown) {
            fill = EnumSet.allOf(Part.class);
            editing = null;
        }
        formsShown = editable;
        fill.forEach(part -> formVersion.put(part, service.rowVersion()));
        removeAll();
        PageHeader heading = new PageHeader(service.name());
        heading.title().setId("service-heading");
        add(heading, AlignmentUi.nav(this, ServicesView.class),
                new RouterLink(getTranslation("standards.services.back"), ServicesView.class));
        if (service.retired()) {
            Paragraph retired = new Paragraph(getTranslation("standards.services.retiredNote",
                    PortalDates.date(service.retiredOn())));
            retired.setId("service-retired");
            add(retired);
        }
        add(serviceSection(editable, fill.contains(Part.SERVICE)), mapSection(editable, fill.contains(Part.MAP)),
                sopSection(editable, fill.contains(Part.SOP)));
    }

    // ---- the service ----------------------------------------------------------------------------------------------

    private Section serviceSection(boolean editable, boolean fill) {
        Section section = new Section(new H2(getTranslation("standards.services.service")));
        Paragraph summary = new Paragraph(getTranslation("standards.services.summary", service.recipients() == null
                ? "" : service.recipients(), ServicesView.mapStatus(this, service),
                getTranslation("standards.sopStatus." + service.sopStatus().name())));
        summary.setId("service-summary");
        section.add(summary);
        if (!official) {
            return section;
        }
        section.add(conflictMessage(serviceFields, "service-conflict"));
        if (editable) {
            name.setLabel(getTranslation("standards.coreServices.name"));
            name.setId("service-edit-name");
            name.setMaxLength(200);
            name.setWidth("24em");
            recipients.setLabel(getTranslation("standards.coreServices.recipients"));
            recipients.setId("service-edit-recipients");
            recipients.setMaxLength(300);
            recipients.setWidth("24em");
            if (fill) {
                name.setValue(service.name());
                recipients.setValue(service.recipients() == null ? "" : service.recipients());
            }
            saveService.setText(getTranslation("standards.action.save"));
            saveService.setId("service-save");
            saveService.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(name, recipients, saveService);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            section.add(row);
        }
        retire.setText(getTranslation(service.retired() ? "standards.services.reinstate" : "standards.services.retire"));
        retire.setId("service-retire");
        section.add(new Paragraph(getTranslation("standards.services.retireHelp")), retire);
        return section;
    }

    private void saveService() {
        serviceFields.clear();
        attempt(Part.SERVICE, serviceFields, () -> register.update(service.id(), formVersion.get(Part.SERVICE),
                new RegisteredService.Input(name.getValue(), recipients.getValue())),
                getTranslation("standards.services.saved"));
    }

    private void retireOrReinstate() {
        boolean retired = service.retired();
        attempt(null, serviceFields, () -> {
            if (retired) {
                register.reinstate(service.id(), formVersion.get(Part.SERVICE));
            } else {
                register.retire(service.id(), formVersion.get(Part.SERVICE));
            }
        }, getTranslation(retired ? "standards.services.reinstated" : "standards.services.retired"));
    }

    // ---- the process map ------------------------------------------------------------------------------------------

    private Section mapSection(boolean editable, boolean fill) {
        Section section = new Section(new H2(getTranslation("standards.services.map")),
                new Paragraph(getTranslation("standards.services.mapHelp")));
        section.setId("service-map");
        Div current = new Div();
        current.add(new Paragraph(ServicesView.mapStatus(this, service) + (service.mapApprovedBy() == null ? ""
                : ", " + getTranslation("standards.services.approvedBy", service.mapApprovedBy()))));
        evidence(current, service.mapEvidenceLink(), service.mapEvidenceFileName(), "service-map-file",
                () -> register.mapEvidence(service.id()));
        section.add(current);
        if (!editable) {
            return section;
        }
        section.add(conflictMessage(mapFields, "map-conflict"));
        mapStatus.setLabel(getTranslation("standards.services.mapStatus"));
        mapStatus.setId("map-status");
        mapStatus.setItems(ProcessMapStatus.values());
        mapStatus.setItemLabelGenerator(s -> getTranslation("standards.mapStatus." + s.name()));
        link(mapLink, "map-link");
        text(mapApprovedBy, "standards.services.approver", "map-approved-by", 200);
        mapApprovedOn.setLabel(getTranslation("standards.services.approvedOn"));
        mapApprovedOn.setId("map-approved-on");
        PortalDates.southAfrican(mapApprovedOn);
        mapApprovedOn.setHelperText(getTranslation("standards.services.approvalHelp"));
        if (fill) {
            mapStatus.setValue(service.mapStatus());
            mapLink.setValue(service.mapEvidenceLink() == null ? "" : service.mapEvidenceLink());
            mapApprovedBy.setValue(service.mapApprovedBy() == null ? "" : service.mapApprovedBy());
            mapApprovedOn.setValue(service.mapApprovedOn());
            mapFile.clear();
        }
        section.add(mapStatus, mapLink);
        section.add(mapFile.upload(this, mapFields, "map-upload"));
        if (service.mapEvidenceFileName() != null) {
            keep(mapKeepFile, service.mapEvidenceFileName(), "map-keep-file", fill);
            section.add(mapKeepFile);
        }
        saveMap.setText(getTranslation("standards.services.saveMap"));
        saveMap.setId("map-save");
        saveMap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(mapApprovedBy, mapApprovedOn, saveMap);
        return section;
    }

    private void saveMap() {
        if (unreadable(mapFields, mapApprovedOn, "mapApprovedOn")) {
            return;
        }
        attempt(Part.MAP, mapFields, () -> register.saveMap(service.id(), formVersion.get(Part.MAP), new RegisteredService.MapInput(
                mapStatus.getValue(), mapLink.getValue(), mapFile.name, mapFile.content,
                service.mapEvidenceFileName() != null && mapKeepFile.getValue(), mapApprovedBy.getValue(),
                mapApprovedOn.getValue())), getTranslation("standards.services.mapSaved"));
    }

    // ---- standard operating procedures ------------------------------------------------------------------------

    private Section sopSection(boolean editable, boolean fill) {
        Section section = new Section(new H2(getTranslation("standards.services.sops")),
                new Paragraph(getTranslation("standards.services.sopHelp")));
        section.setId("service-sops");
        section.setWidthFull();
        Grid<Sop> grid = new Grid<>(Sop.class, false);
        sopGrid = grid;
        grid.setId("sop-grid");
        grid.setAriaLabel(getTranslation("standards.services.sops"));
        grid.addColumn(Sop::title).setHeader(getTranslation("standards.services.sopTitle")).setFlexGrow(3);
        grid.addColumn(Sop::version).setHeader(getTranslation("standards.services.sopVersion")).setAutoWidth(true);
        grid.addColumn(s -> s.approvedOn() == null ? "" : getTranslation("standards.services.approvedOnBy",
                PortalDates.date(s.approvedOn()), s.approvedBy())).setHeader(getTranslation(
                "standards.services.approval")).setFlexGrow(2);
        grid.addColumn(s -> PortalDates.date(s.nextReviewOn())).setHeader(getTranslation(
                "standards.services.nextReview")).setAutoWidth(true);
        grid.addComponentColumn(s -> s.withdrawn() ? withdrawnNote(s) : ServicesView.sopStatus(this, s.status()))
                .setHeader(getTranslation("standards.field.status")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Div cell = new Div();
            evidence(cell, s.evidenceLink(), s.evidenceFileName(), "sop-file-" + s.id(),
                    () -> register.sopEvidence(s.id()));
            return cell;
        }).setHeader(getTranslation("standards.field.evidenceFile")).setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::withdrawOrReinstateButton).setAutoWidth(true);
            grid.addComponentColumn(s -> {
                if (s.withdrawn()) {
                    // Not offered for editing until it is reinstated.
                    return new Span();
                }
                Button edit = new Button(getTranslation("standards.action.edit"), click -> editSop(s));
                // The visible word first, so a voice user saying "Edit" reaches it (WCAG 2.5.3).
                edit.getElement().setAttribute("aria-label", getTranslation("standards.action.editNamed", s.title()));
                edit.setId("sop-edit-" + s.id());
                return edit;
            }).setAutoWidth(true);
        }
        grid.setItems(service.sops());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("standards.services.noSops"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        section.add(grid);
        if (!editable) {
            return section;
        }
        sopFormTitle.setText(editing == null ? getTranslation("standards.services.addSop")
                : getTranslation("standards.services.editSop", editing.title()));
        text(sopTitle, "standards.services.sopTitle", "sop-title", 300);
        sopTitle.setWidth("30em");
        text(sopVersion, "standards.services.sopVersion", "sop-version", 20);
        sopVersion.setHelperText(getTranslation("standards.services.sopVersionHelp"));
        link(sopLink, "sop-link");
        text(sopApprovedBy, "standards.services.approver", "sop-approved-by", 200);
        sopApprovedBy.setHelperText(getTranslation("standards.services.sopApprovalHelp"));
        sopApprovedOn.setLabel(getTranslation("standards.services.approvedOn"));
        sopApprovedOn.setId("sop-approved-on");
        sopNextReview.setLabel(getTranslation("standards.services.nextReview"));
        sopNextReview.setId("sop-next-review");
        PortalDates.southAfrican(sopApprovedOn, sopNextReview);
        sopNextReview.setHelperText(getTranslation("standards.services.nextReviewHelp"));
        if (fill) {
            sopTitle.setValue(editing == null ? "" : editing.title());
            sopVersion.setValue(editing == null ? "" : editing.version());
            sopLink.setValue(editing == null || editing.evidenceLink() == null ? "" : editing.evidenceLink());
            sopApprovedBy.setValue(editing == null || editing.approvedBy() == null ? "" : editing.approvedBy());
            sopApprovedOn.setValue(editing == null ? null : editing.approvedOn());
            sopNextReview.setValue(editing == null ? null : editing.nextReviewOn());
            sopFile.clear();
        }
        section.add(sopFormTitle, conflictMessage(sopFields, "sop-conflict"), sopTitle, sopVersion, sopLink);
        section.add(sopFile.upload(this, sopFields, "sop-upload"));
        if (editing != null && editing.evidenceFileName() != null) {
            keep(sopKeepFile, editing.evidenceFileName(), "sop-keep-file", fill);
            section.add(sopKeepFile);
        }
        saveSop.setText(getTranslation("standards.services.saveSop"));
        saveSop.setId("sop-save");
        saveSop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(saveSop);
        if (editing != null) {
            Button cancel = new Button(getTranslation("standards.action.cancel"), click -> {
                editing = null;
                sopFields.clear();
                render(EnumSet.of(Part.SOP));
            });
            cancel.setId("sop-cancel");
            buttons.add(cancel);
        }
        section.add(sopApprovedBy, sopApprovedOn, sopNextReview, buttons);
        return section;
    }

    /** Opens a SOP in the form; what is typed there and not saved is only dropped if the official says so. */
    void editSop(Sop sop) {
        if (!sopFormChanged()) {
            startEditing(sop);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("sop-discard-dialog");
        dialog.setHeaderTitle(getTranslation("standards.services.discardTitle"));
        dialog.add(new Paragraph(getTranslation("standards.services.discardText", sop.title())));
        Button keep = new Button(getTranslation("standards.services.keepTyping"), click -> dialog.close());
        keep.setId("sop-discard-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("standards.services.discardAndEdit"), click -> {
            dialog.close();
            startEditing(sop);
        });
        discard.setId("sop-discard-confirm");
        dialog.getFooter().add(discard, keep);
        dialog.open();
    }

    private void startEditing(Sop sop) {
        editing = sop;
        sopFields.clear();
        render(EnumSet.of(Part.SOP));
    }

    /** Whether the SOP form holds anything other than what it was filled with. */
    private boolean sopFormChanged() {
        Sop base = editing;
        return !sopTitle.getValue().equals(base == null ? "" : base.title())
                || !sopVersion.getValue().equals(base == null ? "" : base.version())
                || !sopLink.getValue().equals(base == null || base.evidenceLink() == null ? "" : base.evidenceLink())
                || !sopApprovedBy.getValue().equals(base == null || base.approvedBy() == null ? "" : base.approvedBy())
                || !Objects.equals(sopApprovedOn.getValue(), base == null ? null : base.approvedOn())
                || !Objects.equals(sopNextReview.getValue(), base == null ? null : base.nextReviewOn())
                || sopApprovedOn.isInvalid() || sopNextReview.isInvalid()
                || sopFile.name != null
                || (base != null && base.evidenceFileName() != null && !sopKeepFile.getValue());
    }

    private void saveSop() {
        if (unreadable(sopFields, sopApprovedOn, "sopApprovedOn")
                || unreadable(sopFields, sopNextReview, "sopNextReview")) {
            return;
        }
        Sop.Input input = new Sop.Input(sopTitle.getValue(), sopVersion.getValue(), sopLink.getValue(), sopFile.name,
                sopFile.content, editing != null && editing.evidenceFileName() != null && sopKeepFile.getValue(),
                sopApprovedBy.getValue(), sopApprovedOn.getValue(), sopNextReview.getValue());
        Sop edited = editing;
        attempt(Part.SOP, sopFields, () -> {
            if (edited == null) {
                register.addSop(service.id(), input);
            } else {
                register.updateSop(edited.id(), edited.rowVersion(), input);
            }
        }, getTranslation("standards.services.sopSaved", input.title().strip()));
    }

    // ---- withdrawing a SOP -------------------------------------------------------------------------------------

    private Span withdrawnNote(Sop sop) {
        Span note = new Span(getTranslation("standards.services.sopWithdrawnNote", PortalDates.date(sop.withdrawnOn()),
                sop.withdrawnReason()));
        note.setId("sop-withdrawn-" + sop.id());
        return note;
    }

    private Button withdrawOrReinstateButton(Sop sop) {
        boolean withdrawn = sop.withdrawn();
        Button button = new Button(getTranslation(withdrawn ? "standards.services.reinstateSop"
                : "standards.services.withdrawSop"), click -> {
            if (withdrawn) {
                reinstateSop(sop);
            } else {
                openWithdraw(sop);
            }
        });
        // The visible word first, so a voice user saying it reaches the button (WCAG 2.5.3).
        button.getElement().setAttribute("aria-label", getTranslation(withdrawn
                ? "standards.services.reinstateSopNamed" : "standards.services.withdrawSopNamed", sop.title()));
        button.setId((withdrawn ? "sop-reinstate-" : "sop-withdraw-") + sop.id());
        return button;
    }

    /** Asks for the reason; a refused reason stays on its field with the dialog open and what was typed kept. */
    void openWithdraw(Sop sop) {
        Dialog dialog = new Dialog();
        dialog.setId("sop-withdraw-dialog");
        dialog.setHeaderTitle(getTranslation("standards.services.withdrawTitle", sop.title()));
        TextField reason = new TextField(getTranslation("standards.services.withdrawReason"));
        reason.setId("sop-withdraw-reason");
        reason.setMaxLength(Sop.MAX_WITHDRAWN_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("standards.services.withdrawReasonHelp"));
        reason.setWidthFull();
        AlignmentUi.Fields fields = new AlignmentUi.Fields();
        fields.put("withdrawnReason", reason);
        dialog.add(new Paragraph(getTranslation("standards.services.withdrawText")), reason);
        Button confirm = new Button(getTranslation("standards.services.withdrawSop"),
                click -> withdrawSop(dialog, fields, reason, sop));
        confirm.setId("sop-withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("standards.action.cancel"), click -> dialog.close());
        cancel.setId("sop-withdraw-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void withdrawSop(Dialog dialog, AlignmentUi.Fields fields, TextField reason, Sop sop) {
        fields.clear();
        try {
            register.withdrawSop(sop.id(), sop.rowVersion(), reason.getValue());
        } catch (InvalidInput refusal) {
            fields.show(this, refusal);
            return;
        } catch (Conflict | NotFound
                 | org.springframework.dao.ConcurrencyFailureException stale) {
            dialog.close();
            afterSopChange(sop);
            AlignmentUi.error(getTranslation("standards.stale"));
            return;
        }
        dialog.close();
        AlignmentUi.saved(getTranslation("standards.services.sopWithdrawn", sop.title()));
        afterSopChange(sop);
    }

    private void reinstateSop(Sop sop) {
        try {
            register.reinstateSop(sop.id(), sop.rowVersion());
        } catch (InvalidInput refusal) {
            new AlignmentUi.Fields().show(this, refusal);
            return;
        } catch (Conflict | NotFound
                 | org.springframework.dao.ConcurrencyFailureException stale) {
            afterSopChange(sop);
            AlignmentUi.error(getTranslation("standards.stale"));
            return;
        }
        AlignmentUi.saved(getTranslation("standards.services.sopReinstated", sop.title()));
        afterSopChange(sop);
    }

    /**
     * Redraws the page after a SOP was withdrawn or reinstated: what is typed in the forms stays, unless the SOP
     * form held the SOP just withdrawn, which can no longer be saved.
     */
    private void afterSopChange(Sop sop) {
        service = register.service(service.id());
        if (editing != null && editing.id() == sop.id()) {
            editing = null;
            sopFields.clear();
            render(EnumSet.of(Part.SOP));
        } else {
            render(EnumSet.noneOf(Part.class));
        }
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    /**
     * Runs a change of one form (null: retiring or bringing back, a button of the service's form); a refusal lands
     * on its field with everything typed kept. A conflict refills that form alone with the colleague's version and
     * says so on it; what is typed in the other forms stays.
     */
    private void attempt(Part part, AlignmentUi.Fields fields, Runnable change, String savedMessage) {
        Part form = part == null ? Part.SERVICE : part;
        Long before = form == Part.SOP ? null : formVersion.get(form);
        fields.clear();
        try {
            change.run();
        } catch (InvalidInput refusal) {
            fields.show(this, refusal);
            return;
        } catch (Conflict | org.springframework.dao.ConcurrencyFailureException stale) {
            service = register.service(service.id());
            if (form == Part.SOP && editing != null) {
                long id = editing.id();
                editing = service.sops().stream().filter(s -> s.id() == id).findFirst().orElse(null);
            }
            render(EnumSet.of(form));
            if (form == Part.SERVICE || formsShown) {
                fields.show(this, new InvalidInput("conflict", "standards.services.conflict"));
            } else {
                // The colleague retired the service: the form is gone, so the page says it.
                AlignmentUi.error(getTranslation("standards.stale"));
            }
            return;
        } catch (NotFound gone) {
            AlignmentUi.error(getTranslation("standards.stale"));
            return;
        }
        AlignmentUi.saved(savedMessage);
        service = register.service(service.id());
        // This save moved the service's version by one: a form filled from the version before has missed nothing.
        if (before != null && service.rowVersion() == before + 1) {
            formVersion.replaceAll((p, version) -> version == before.longValue() ? service.rowVersion() : version);
        }
        if (form == Part.SOP) {
            editing = null;
        }
        render(EnumSet.of(form));
    }

    /** Where a form says that a colleague's change met this one (read out when it appears). */
    private static Span conflictMessage(AlignmentUi.Fields fields, String id) {
        Span message = fields.message("conflict");
        message.setId(id);
        return message;
    }

    /** A date the picker could not read leaves it invalid with no value: say so rather than "required". */
    private boolean unreadable(AlignmentUi.Fields fields, DatePicker picker, String field) {
        if (picker.isInvalid() && picker.getValue() == null) {
            fields.clear();
            fields.show(this, new InvalidInput(field, "standards.invalid.date"));
            return true;
        }
        return false;
    }

    private void evidence(Div box, String link, String fileName, String fileId,
                          java.util.function.Supplier<Optional<EvidencePolicy.Download>> download) {
        if (link != null) {
            Anchor anchor = new Anchor(link, link);
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
            box.add(new Paragraph(new Span(getTranslation("standards.assessment.evidenceLink") + " "), anchor));
        }
        if (fileName != null) {
            Anchor file = new Anchor(DownloadHandler.fromInputStream(request -> download.get()
                    .map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(),
                            f.contentType(), f.content().length))
                    .orElse(DownloadResponse.error(404))), fileName);
            file.getElement().setAttribute("download", true);
            file.setId(fileId);
            box.add(new Paragraph(new Span(getTranslation("standards.assessment.evidenceFile") + " "), file));
        }
    }

    private void link(TextField field, String id) {
        field.setLabel(getTranslation("standards.field.evidenceLink"));
        field.setHelperText(getTranslation("standards.services.linkHelp"));
        field.setId(id);
        field.setWidth("30em");
        field.setMaxLength(500);
    }

    private void text(TextField field, String labelKey, String id, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
    }

    private void keep(Checkbox keep, String fileName, String id, boolean fill) {
        keep.setLabel(getTranslation("standards.assessment.keepFile", fileName));
        keep.setId(id);
        if (fill) {
            keep.setValue(true);
        }
    }

    /**
     * A file chosen for a form, held until the form is saved; the policy's refusal shows next to the upload. The
     * upload is made once and moved into each redraw, so a file kept through another form's save stays listed
     * there and can still be taken off.
     */
    private static final class PendingFile {
        String name;
        byte[] content;
        private final Span chosen = new Span();
        private Upload upload;
        private Div box;

        void clear() {
            name = null;
            content = null;
            chosen.setText("");
            if (upload != null) {
                upload.clearFileList();
            }
        }

        Div upload(ServiceView view, AlignmentUi.Fields fields, String id) {
            if (box != null) {
                return box;
            }
            Span message = fields.message("evidenceFile");
            message.setId(id + "-message");
            chosen.setId(id + "-chosen");
            upload = new Upload(UploadPolicy.inMemoryHandler(EvidencePolicy.MAX_BYTES,
                    (metadata, bytes) -> view.getUI().ifPresent(ui -> ui.access(() -> {
                        name = metadata.fileName();
                        content = bytes;
                        chosen.setText(view.getTranslation("standards.assessment.fileChosen", metadata.fileName()));
                    }))));
            upload.setId(id);
            upload.setMaxFiles(1);
            upload.setMaxFileSize(EvidencePolicy.MAX_BYTES);
            upload.setAcceptedFileTypes(EvidencePolicy.POLICY.acceptedFileTypes());
            UploadTexts.apply(upload);
            upload.addFileRejectedListener(e -> message.setText(view.getTranslation("standards.evidence.rejected",
                    e.getFileName(), UploadTexts.rejection(e))));
            // A file taken off the upload again is not saved with the form.
            upload.addFileRemovedListener(e -> clear());
            upload.getElement().setAttribute("aria-label", view.getTranslation("standards.field.evidenceFile"));
            Span label = new Span(view.getTranslation("standards.field.evidenceFile") + " ("
                    + view.getTranslation("standards.evidence.rules") + ")");
            box = new Div(label, upload, chosen, message);
            return box;
        }
    }

    @Override
    public String getPageTitle() {
        return (service == null ? getTranslation("standards.services.title") : service.name()) + " | "
                + getTranslation("app.name");
    }
}
