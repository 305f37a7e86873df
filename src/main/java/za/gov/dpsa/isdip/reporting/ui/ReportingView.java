package za.gov.dpsa.isdip.reporting.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.SourceRecord;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReport;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.FigureLine;
import za.gov.dpsa.isdip.reporting.internal.ReportExceptions;
import za.gov.dpsa.isdip.reporting.internal.ReportExports;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;
import za.gov.dpsa.isdip.reporting.internal.ReportTemplates;
import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;
import za.gov.dpsa.isdip.reporting.internal.SubmissionSummary;
import za.gov.dpsa.isdip.reporting.internal.ValidationRule;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * The department's report for a period: figures assembled from its own data (each opens the records it counts),
 * manual figures and narratives, the validation rules, and one click to submit to DPSA.
 */
@Route("reporting")
@Menu(title = "nav.reporting", order = 50)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN})
public class ReportingView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentReports reports;
    private final ReportTemplates template;
    private final Select<ReportingPeriod> period = new Select<>();
    private final VerticalLayout body = new VerticalLayout();
    private final Map<String, TextField> manualFields = new HashMap<>();
    private final Map<String, TextArea> narrativeFields = new HashMap<>();
    private DepartmentReport report;
    private Button submitButton;

    private final AuditTrail auditTrail;

    public ReportingView(DepartmentReports reports, ReportingPeriods periods, ReportTemplates template,
                         AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.reports = reports;
        this.template = template;
        setId("reporting-view");
        add(new PageHeader(getTranslation("nav.reporting")));
        if (TenantContext.isPlatform() || PortalUser.current().flatMap(PortalUser::workingDepartment).isEmpty()) {
            add(new Paragraph(getTranslation("report.platformContext")),
                    new RouterLink(getTranslation("report.console.title"), ReportingConsoleView.class));
            return;
        }
        List<ReportingPeriod> all = periods.all();
        if (all.isEmpty()) {
            add(new EmptyState(getTranslation("report.noPeriods")));
            return;
        }
        period.setLabel(getTranslation("report.period"));
        period.setItems(all);
        period.setItemLabelGenerator(p -> p.label() + " · " + getTranslation("report.due", p.dueOn().toString()));
        period.setId("report-period");
        period.setWidth("min(22em, 100%)"); // the due date must stay readable in the closed select (and fit a phone)
        period.addValueChangeListener(e -> load());
        body.setPadding(false);
        add(period, body);
        period.setValue(all.getFirst());
    }

    private boolean isReporter() {
        return PortalUser.current().map(u -> u.hasRole(PortalRole.DEPT_REPORTER)).orElse(false);
    }

    private void load() {
        body.removeAll();
        manualFields.clear();
        narrativeFields.clear();
        report = reports.prepare(period.getValue().id());
        boolean editing = report.editable() && isReporter();
        body.add(status(report.latest()));
        for (ReportingDomain domain : ReportingDomain.values()) {
            List<FigureLine> lines = report.lines().stream().filter(l -> l.indicator().domain() == domain).toList();
            if (lines.isEmpty()) {
                continue;
            }
            Section section = new Section(new H2(getTranslation("report.domain." + domain)));
            for (FigureLine line : lines) {
                section.add(line(line, editing));
            }
            body.add(section);
        }
        body.add(findings(report.broken()));
        if (editing) {
            Button save = new Button(getTranslation("report.save"), click -> {
                try {
                    save();
                } finally {
                    click.getSource().setEnabled(true);
                }
            });
            save.setId("report-save");
            save.setDisableOnClick(true);
            submitButton = new Button(getTranslation("report.submit"), click -> submit());
            submitButton.setId("report-submit");
            submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // A double click submits once (the service is idempotent too).
            submitButton.setDisableOnClick(true);
            body.add(new HorizontalLayout(save, submitButton));
        } else if (!isReporter()) {
            body.add(new Paragraph(getTranslation("report.readOnly")));
        }
        body.add(history());
    }

    private Section status(SubmissionSummary latest) {
        Section status = new Section();
        status.addClassName("portal-card");
        status.setId("report-status");
        if (latest == null) {
            status.add(new Paragraph(getTranslation("report.status.none")));
            return status;
        }
        status.add(new Paragraph(getTranslation("report.status.line", latest.version(),
                getTranslation("report.status." + latest.status()), latest.submittedBy(),
                PortalDates.dateTime(latest.submittedAt()))));
        if (latest.status() == SubmissionStatus.RETURNED) {
            Paragraph reason = new Paragraph(getTranslation("report.returned", latest.reviewReason()));
            reason.setId("report-return-reason");
            status.add(reason);
        }
        if (latest.status() == SubmissionStatus.ACCEPTED) {
            status.add(new Paragraph(getTranslation("report.acceptedLocked")));
        }
        status.add(new Paragraph(getTranslation("report.checksum", latest.checksum())));
        return status;
    }

    private Div line(FigureLine line, boolean editing) {
        String name = getTranslation(line.indicator().nameKey());
        Div row = new Div();
        row.addClassName("report-line");
        row.setId("line-" + line.indicator().code().replace('.', '-'));
        H3 heading = new H3(name);
        Paragraph definition = new Paragraph(getTranslation(line.indicator().nameKey() + ".definition"));
        definition.addClassName("report-definition");
        row.add(heading, definition);
        if (line.indicator().manual()) {
            TextField value = new TextField(getTranslation("report.manualValue", name));
            value.setValue(line.value() == null ? "" : line.value().toPlainString());
            value.setReadOnly(!editing);
            value.setHelperText(getTranslation("report.manual.help"));
            value.setId("manual-" + line.indicator().code().replace('.', '-'));
            manualFields.put(line.indicator().code(), value);
            row.add(value);
        } else {
            Button value = new Button(line.value() == null ? getTranslation("report.noFigure")
                    : ReportExports.number(line.value()) + unit(line));
            value.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            value.getElement().setAttribute("aria-label", getTranslation("report.sources.open", name));
            value.addClickListener(click -> showSources(line, name));
            value.addClassName("report-value");
            row.add(value);
            if (line.changedSinceSubmission()) {
                Badge changed = new Badge(getTranslation("report.changedSinceSubmission"), Badge.Tone.WARNING);
                changed.addClassName("report-changed");
                row.add(changed);
            }
        }
        TextArea narrative = new TextArea(getTranslation("report.narrative", name));
        narrative.setValue(line.narrative() == null ? "" : line.narrative());
        narrative.setReadOnly(!editing);
        narrative.setMaxLength(4000);
        narrative.setId("narrative-" + line.indicator().code().replace('.', '-'));
        narrative.setWidthFull();
        narrativeFields.put(line.indicator().code(), narrative);
        row.add(narrative);
        return row;
    }

    private String unit(FigureLine line) {
        return switch (line.indicator().unit()) {
            case "percent" -> " %";
            case "days" -> " " + getTranslation("report.unit.days");
            default -> "";
        };
    }

    private void showSources(FigureLine line, String name) {
        List<SourceRecord> sources = reports.sources(period.getValue().id(), line.indicator().code());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.sources.title", name));
        UnorderedList list = new UnorderedList();
        list.setId("report-sources");
        sources.forEach(s -> list.add(new ListItem(new Anchor(s.link(), s.reference() + " " + s.title()))));
        dialog.add(new Paragraph(getTranslation("report.sources.count", sources.size())), list);
        dialog.getFooter().add(new Button(getTranslation("cases.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private UnorderedList findings(List<ValidationRule> broken) {
        UnorderedList list = new UnorderedList();
        list.setId("report-findings");
        for (ValidationRule rule : broken) {
            String left = template.indicator(rule.left()).map(i -> getTranslation(i.nameKey())).orElse(rule.left());
            String right = template.indicator(rule.right()).map(i -> getTranslation(i.nameKey())).orElse(rule.right());
            ListItem item = new ListItem(getTranslation("report.importance." + rule.importance()) + ": "
                    + getTranslation(rule.messageKey(), left, rule.operator().symbol(), right));
            item.addClassName("report-finding-" + rule.importance().name().toLowerCase());
            list.add(item);
        }
        return list;
    }

    /** Saves the draft; false (with the reason shown) when it was refused. */
    private boolean save() {
        try {
            Map<String, String> narratives = new HashMap<>();
            narrativeFields.forEach((code, field) -> narratives.put(code, field.getValue()));
            Map<String, String> manual = new HashMap<>();
            manualFields.forEach((code, field) -> manual.put(code, field.getValue()));
            reports.saveDraft(period.getValue().id(), report.draftVersion(), narratives, manual);
            Notification.show(getTranslation("report.saved"));
            load();
            return true;
        } catch (InvalidInput invalid) {
            TextField field = manualFields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(invalid.messageKey()));
                field.setInvalid(true);
            }
            PortalMessages.problem(Notification.show(getTranslation(invalid.messageKey())));
        } catch (Conflict changedOrLocked) {
            PortalMessages.problem(Notification.show(getTranslation(changedOrLocked.messageKey())));
        }
        return false;
    }

    private void submit() {
        // Nothing is submitted unless what the officer typed was saved first.
        if (!save()) {
            submitButton.setEnabled(true);
            return;
        }
        try {
            SubmissionSummary submitted = reports.submit(period.getValue().id());
            Notification.show(getTranslation("report.submitted", submitted.version()));
        } catch (ReportExceptions.RulesBroken broken) {
            PortalMessages.problem(Notification.show(getTranslation("report.blocked")));
        }
        load();
    }

    private Section history() {
        Section section = new Section(new H2(getTranslation("report.history")));
        UnorderedList list = new UnorderedList();
        list.setId("report-history");
        for (SubmissionSummary s : reports.history(period.getValue().id())) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                ReportSnapshot snapshot = reports.snapshot(s.id());
                byte[] bytes = ReportExports.pdf(s, snapshot, template, this::getTranslation);
                auditTrail.recordExport(ReportExports.PDF_EXPORT, ReportExports.pdfScope(s, snapshot),
                        snapshot.figures().size(), ReportExports.PDF_PERSONAL_FIELDS);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "report-v" + s.version() + ".pdf",
                        "application/pdf", bytes.length);
            }), "PDF");
            list.add(new ListItem(new Span(getTranslation("report.history.line", s.version(),
                    getTranslation("report.status." + s.status()), s.submittedBy()) + " "), pdf));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reporting") + " | " + getTranslation("app.name");
    }
}
