package za.gov.dpsa.isdip.privacy.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.PersonalRecord;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * One data-subject request: the records found about the person, their export, corrections and anonymisation,
 * and the steps taken so far.
 */
@Route("privacy/:reference(POPIA-\\d{4}-\\d{4,})")
@RolesAllowed(PortalRole.Names.DEPT_ADMIN)
public class PrivacyRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DataSubjectRequests requests;
    private DataSubjectRequests.Request request;

    public PrivacyRequestView(DataSubjectRequests requests) {
        this.requests = requests;
        setWidthFull();
    }

    static RouteParameters parameters(String reference) {
        return new RouteParameters("reference", reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        try {
            request = requests.find(reference).orElse(null);
        } catch (RuntimeException e) {
            request = null;
        }
        if (request == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        DataSubjectRequests.Request r = request;
        PageHeader heading = new PageHeader(getTranslation("privacy.request.heading", r.reference(), r.subjectName()));
        heading.title().setId("privacy-request-heading");
        Badge status = new Badge(getTranslation(r.open() ? "privacy.status.open" : "privacy.status.closed"),
                r.open() ? Badge.Tone.NEUTRAL : Badge.Tone.SUCCESS);
        status.setId("privacy-request-status");
        add(heading, new HorizontalLayout(status, new Span(getTranslation("privacy.kind." + r.kind().name())),
                new Span(getTranslation("privacy.request.received", PortalDates.date(r.receivedOn())))));
        add(new Paragraph(getTranslation("privacy.request.help." + r.kind().name())));
        if (r.idNumber() == null && r.email() == null && r.phone() == null) {
            Paragraph nameOnly = new Paragraph(getTranslation("privacy.request.nameOnly"));
            nameOnly.setId("privacy-name-only");
            add(nameOnly);
        }

        add(new H2(getTranslation("privacy.records")));
        List<PersonalRecord> records = requests.records(r.reference());
        Grid<PersonalRecord> grid = new Grid<>();
        grid.setId("privacy-records");
        grid.setAriaLabel(getTranslation("privacy.records"));
        grid.addColumn(p -> getTranslation(labelKey(p.recordType()))).setHeader(getTranslation("privacy.recordType"))
                .setAutoWidth(true);
        grid.addColumn(PersonalRecord::summary).setHeader(getTranslation("privacy.record")).setFlexGrow(2);
        grid.addColumn(p -> p.fields().stream().filter(f -> f.value() != null)
                        .map(f -> getTranslation(f.labelKey()) + ": " + f.value()).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("privacy.personalInformation")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.anonymised() ? "privacy.anonymised" : "privacy.held"))
                .setHeader(getTranslation("privacy.state"));
        if (r.open()) {
            grid.addComponentColumn(p -> actions(p)).setHeader(getTranslation("privacy.actions")).setAutoWidth(true);
        }
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("privacy.records.none"));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = requests.export(r.reference());
            return new DownloadResponse(new ByteArrayInputStream(json), r.reference() + ".json", "application/json",
                    json.length);
        }), getTranslation("privacy.export"));
        export.setId("privacy-export");
        if (r.open() && records.stream().anyMatch(p -> p.recordType().equals("case.attachment"))) {
            add(new Paragraph(getTranslation("privacy.request.attachmentsFirst")));
        }
        add(grid, export);

        if (r.open()) {
            TextArea outcome = new TextArea(getTranslation("privacy.outcome"));
            outcome.setId("privacy-outcome");
            outcome.setWidthFull();
            outcome.setMaxLength(2000);
            Button close = new Button(getTranslation("privacy.close"), click -> {
                try {
                    request = requests.close(r.reference(), outcome.getValue());
                    Notification.show(getTranslation("privacy.closed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
                } catch (InvalidInput invalid) {
                    outcome.setErrorMessage(getTranslation(invalid.messageKey()));
                    outcome.setInvalid(true);
                }
            });
            close.setId("privacy-close");
            add(new H2(getTranslation("privacy.close.title")), outcome, close);
        } else {
            add(new H2(getTranslation("privacy.outcome")), new Paragraph(r.outcome()));
        }

        add(new H2(getTranslation("privacy.steps")));
        Grid<DataSubjectRequests.Step> steps = new Grid<>();
        steps.setId("privacy-steps");
        steps.setAriaLabel(getTranslation("privacy.steps"));
        steps.addColumn(s -> PortalDates.dateTime(s.at())).setHeader(getTranslation("privacy.when")).setAutoWidth(true);
        steps.addColumn(DataSubjectRequests.Step::actor).setHeader(getTranslation("privacy.who"));
        steps.addColumn(s -> getTranslation("privacy.step." + s.action())).setHeader(getTranslation("privacy.step"));
        steps.addColumn(this::stepDetail).setHeader(getTranslation("privacy.detail")).setFlexGrow(2);
        // Reload so the search just made shows as a step.
        steps.setItems(requests.find(r.reference()).map(DataSubjectRequests.Request::steps).orElse(List.of()));
        steps.setAllRowsVisible(true);
        add(steps);
    }

    private HorizontalLayout actions(PersonalRecord record) {
        HorizontalLayout actions = new HorizontalLayout();
        if (record.anonymised()) {
            return actions;
        }
        if (record.fields().stream().anyMatch(PersonalRecord.Field::correctable)) {
            Button correct = new Button(getTranslation("privacy.correct"), click -> correctDialog(record).open());
            correct.setId("privacy-correct-" + record.recordId());
            actions.add(correct);
        }
        Button anonymise = new Button(getTranslation("privacy.anonymise"), click -> anonymiseDialog(record).open());
        anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anonymise.setId("privacy-anonymise-" + record.recordId());
        actions.add(anonymise);
        return actions;
    }

    private Dialog correctDialog(PersonalRecord record) {
        Dialog dialog = new Dialog(getTranslation("privacy.correct.title", record.summary()));
        Select<PersonalRecord.Field> field = new Select<>();
        field.setLabel(getTranslation("privacy.correct.field"));
        field.setItems(record.fields().stream().filter(PersonalRecord.Field::correctable).toList());
        field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        field.setId("privacy-correct-field");
        TextField value = new TextField(getTranslation("privacy.correct.value"));
        value.setId("privacy-correct-value");
        value.setWidthFull();
        field.addValueChangeListener(e -> value.setValue(e.getValue() == null || e.getValue().value() == null ? ""
                : e.getValue().value()));
        Button save = new Button(getTranslation("privacy.correct.save"), click -> {
            if (field.getValue() == null) {
                field.setErrorMessage(getTranslation("privacy.invalid.required"));
                field.setInvalid(true);
                return;
            }
            try {
                requests.correct(request.reference(), record.recordType(), record.recordId(), field.getValue().name(),
                        value.getValue());
                dialog.close();
                Notification.show(getTranslation("privacy.corrected")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInput invalid) {
                // The dialog stays open with what was typed.
                value.setErrorMessage(getTranslation(invalid.messageKey()));
                value.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("privacy-correct-save");
        dialog.add(new VerticalLayout(field, value));
        dialog.getFooter().add(new Button(getTranslation("privacy.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    private Dialog anonymiseDialog(PersonalRecord record) {
        Dialog dialog = new Dialog(getTranslation("privacy.anonymise.title", record.summary()));
        dialog.add(new Paragraph(getTranslation("privacy.anonymise.warning")));
        Button confirm = new Button(getTranslation("privacy.anonymise.confirm"), click -> {
            try {
                requests.anonymise(request.reference(), record.recordType(), record.recordId());
                Notification.show(getTranslation("privacy.anonymisedDone"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInput invalid) {
                PortalMessages.problem(Notification.show(getTranslation(invalid.messageKey())));
            }
            dialog.close();
            render();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("privacy-anonymise-confirm");
        dialog.getFooter().add(new Button(getTranslation("privacy.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }

    /** What a step touched, in words: the request's kind, how many records, or which record and field. */
    private String stepDetail(DataSubjectRequests.Step step) {
        String record = step.recordType() == null ? ""
                : getTranslation(labelKey(step.recordType())) + " " + step.recordId();
        if (step.detail() == null) {
            return record;
        }
        return switch (step.action()) {
            case "OPENED" -> getTranslation("privacy.kind." + step.detail());
            case "SEARCHED", "EXPORTED" -> getTranslation("privacy.step.records", Integer.parseInt(step.detail()));
            case "CORRECTED" -> record + ": " + getTranslation("privacy.field." + step.detail());
            default -> record;
        };
    }

    private String labelKey(String recordType) {
        return requests.sources().stream().filter(s -> s.recordType().equals(recordType)).findFirst()
                .map(PersonalDataSource::labelKey).orElse(recordType);
    }

    @Override
    public String getPageTitle() {
        return (request == null ? getTranslation("privacy.title") : request.reference()) + " | "
                + getTranslation("app.name");
    }
}
