package za.gov.dpsa.isdip.reporting.ui;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.internal.ReportExports;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;
import za.gov.dpsa.isdip.reporting.internal.ReportTemplates;
import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/** One department's submitted report, as DPSA reviews it: accept, or return with reasons; PDF. */
@Route("dpsa/reporting/submissions/:submissionId(\\d{1,18})")
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class SubmissionReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportingConsole console;
    private final ReportTemplates template;
    private ReportingConsole.Review review;

    private final AuditTrail auditTrail;

    public SubmissionReviewView(ReportingConsole console, ReportTemplates template, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.console = console;
        this.template = template;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            review = console.review(event.getRouteParameters().getLong("submissionId").orElse(-1L));
        } catch (NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var s = review.summary();
        ReportSnapshot snapshot = review.snapshot();
        PageHeader heading = new PageHeader(snapshot.departmentName() + " · " + snapshot.periodLabel());
        heading.title().setId("review-heading");
        Paragraph status = new Paragraph(getTranslation("report.status.line", s.version(),
                getTranslation("report.status." + s.status()), s.submittedBy(), PortalDates.dateTime(s.submittedAt())));
        status.setId("review-status");
        add(heading, status, new Paragraph(getTranslation("report.checksum", s.checksum())));
        if (s.reviewReason() != null) {
            add(new Paragraph(getTranslation("report.returned", s.reviewReason())));
        }
        Grid<ReportSnapshot.Figure> figures = new Grid<>();
        figures.setId("review-figures");
        figures.setAriaLabel(getTranslation("report.figures"));
        figures.addColumn(f -> template.indicator(f.code()).map(i -> getTranslation(i.nameKey())).orElse(f.code()))
                .setHeader(getTranslation("report.column.indicator")).setFlexGrow(3);
        figures.addColumn(f -> ReportExports.number(f.value())).setHeader(getTranslation("report.column.value"));
        figures.addColumn(f -> getTranslation(f.manual() ? "report.manual" : "report.computed"))
                .setHeader(getTranslation("report.column.source"));
        figures.addColumn(f -> f.narrative() == null ? "" : f.narrative())
                .setHeader(getTranslation("report.column.narrative")).setFlexGrow(4);
        figures.setItems(snapshot.figures());
        figures.setAllRowsVisible(true);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ReportExports.pdf(s, snapshot, template, this::getTranslation);
            auditTrail.recordExport(ReportExports.PDF_EXPORT, ReportExports.pdfScope(s, snapshot),
                    snapshot.figures().size(), ReportExports.PDF_PERSONAL_FIELDS);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "report.pdf", "application/pdf", bytes.length);
        }), getTranslation("report.download", "PDF"));
        add(figures, pdf);
        if (s.status() == SubmissionStatus.SUBMITTED) {
            TextArea reason = new TextArea(getTranslation("report.review.reason"));
            reason.setId("review-reason");
            reason.setWidthFull();
            Button accept = new Button(getTranslation("report.review.accept"), click -> decide(() ->
                    console.accept(s.id(), s.rowVersion())));
            accept.setId("review-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button send = new Button(getTranslation("report.review.return"), click -> {
                try {
                    console.returnToDepartment(s.id(), s.rowVersion(), reason.getValue());
                    done();
                } catch (InvalidInput invalid) {
                    reason.setErrorMessage(getTranslation(invalid.messageKey()));
                    reason.setInvalid(true);
                }
            });
            send.setId("review-return");
            add(reason, new HorizontalLayout(accept, send));
        }
    }

    private void decide(Runnable work) {
        try {
            work.run();
            done();
        } catch (Conflict changed) {
            PortalMessages.problem(Notification.show(getTranslation("report.conflict")));
        }
    }

    private void done() {
        Notification.show(getTranslation("report.review.done"));
        review = console.review(review.summary().id());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.console.title") + " | " + getTranslation("app.name");
    }
}
