package za.gov.dpsa.isdip.cases.ui;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.cases.internal.CaseExceptions;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.EscalationDetails;
import za.gov.dpsa.isdip.cases.internal.EscalationService;
import za.gov.dpsa.isdip.cases.internal.EscalationState;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.SecurityEvents;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * One escalated case for DPSA: assign a specialist, reply to the department, mark DPSA's part done, and (when the
 * department shared them) show the citizen's details on request, logged.
 */
@Route("dpsa/escalations/:escalationId(\\d{1,18})")
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class EscalationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EscalationService escalations;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EscalationView.class);

    private EscalationDetails details;
    /** The citizen's details once DPSA asked for them on this page (logged then); null until. */
    private CitizenDetails shownCitizen;
    private final TextArea reply = new TextArea();

    public EscalationView(EscalationService escalations) {
        this.escalations = escalations;
        reply.setLabel(getTranslation("cases.escalations.reply"));
        reply.setId("escalation-reply");
        reply.setWidthFull();
        reply.setMaxLength(5000);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            details = escalations.details(event.getRouteParameters().getLong("escalationId").orElse(-1L));
        } catch (NotFound notFound) {
            event.rerouteToError(NotFoundException.class, SecurityEvents.RECORDED);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var s = details.summary();
        PageHeader heading = new PageHeader(s.caseReference() + " " + s.title());
        heading.title().setId("escalation-heading");
        add(heading, new Paragraph(s.departmentName() + " · " + CaseLabels.category(this, s.category()) + " · "
                        + CaseLabels.priority(this, s.priority()) + " · " + CaseLabels.status(this, s.caseStatus())),
                new H2(getTranslation("cases.escalate.reason")), new Paragraph(details.reason()),
                new H2(getTranslation("cases.field.description")), new Paragraph(details.description()));
        if (details.citizenShared()) {
            add(citizenSection());
        }
        TextField specialist = new TextField(getTranslation("cases.escalations.specialist"));
        specialist.setId("escalation-specialist");
        specialist.setValue(Optional.ofNullable(s.dpsaAssignee())
                .orElse(PortalUser.current().map(PortalUser::displayName).orElse("")));
        Button assign = new Button(getTranslation("cases.escalations.assign"), click -> run(() ->
                escalations.assignSpecialist(s.id(), details.version(), specialist.getValue())));
        assign.setId("escalation-assign");
        Button send = new Button(getTranslation("cases.escalations.send"), click -> {
            try {
                run(() -> {
                    escalations.reply(s.id(), reply.getValue());
                    reply.clear();
                });
            } finally {
                click.getSource().setEnabled(true);
            }
        });
        send.setId("escalation-send");
        // Pressed twice on a slow link, it would send the reply twice: disabled from the click until done.
        send.setDisableOnClick(true);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button done = new Button(getTranslation("cases.escalations.done"), click -> run(() ->
                escalations.markDone(s.id(), details.version(), reply.getValue())));
        done.setId("escalation-done");
        done.setEnabled(s.state() == EscalationState.OPEN);
        UnorderedList conversation = new UnorderedList();
        conversation.setId("escalation-conversation");
        details.messages().forEach(m -> conversation.add(new ListItem(PortalDates.dateTime(m.occurredAt()) + " "
                + m.authorName() + (m.fromDpsa() ? " (DPSA)" : "") + ": " + m.body())));
        add(new HorizontalLayout(specialist, assign), new H2(getTranslation("cases.escalations.conversation")),
                conversation, reply, new HorizontalLayout(send, done));
    }

    /**
     * The citizen's details the department shared: masked until DPSA asks for them with the button, which logs the
     * view in the platform and in the department. Until then nothing of them is on the page or in the browser.
     */
    private Section citizenSection() {
        Section section = new Section(new H2(getTranslation("cases.citizen.title")));
        section.addClassName("portal-card");
        section.setId("escalation-citizen");
        if (shownCitizen != null) {
            section.add(shownCitizen(shownCitizen));
            return section;
        }
        Paragraph notice = new Paragraph(getTranslation("cases.escalations.citizen.shared"));
        notice.setId("escalation-citizen-notice");
        Button show = new Button(getTranslation("cases.citizen.show"));
        show.setId("escalation-citizen-show");
        show.addClickListener(click -> {
            try {
                shownCitizen = escalations.showCitizen(details.summary().id()).orElse(null);
            } catch (RuntimeException notLogged) {
                // No log in the department, no details: the view must be on record before anything is shown.
                log.warn("DPSA's view of escalation {} could not be logged: {}", details.summary().id(),
                        notLogged.toString());
                PortalMessages.problem(Notification.show(getTranslation("cases.escalations.citizen.failed")));
                return;
            }
            if (shownCitizen != null) {
                section.remove(notice, show);
                section.add(shownCitizen(shownCitizen));
            }
        });
        section.add(notice, show);
        return section;
    }

    private Div shownCitizen(CitizenDetails c) {
        Div shown = new Div(fact("cases.citizen.name", c.fullName()),
                fact("cases.citizen.phone", Optional.ofNullable(c.phone()).orElse("")),
                fact("cases.citizen.email", Optional.ofNullable(c.email()).orElse("")));
        shown.setId("escalation-citizen-details");
        return shown;
    }

    private Div fact(String labelKey, String value) {
        Div fact = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        fact.addClassName("case-fact");
        return fact;
    }

    private void run(Runnable work) {
        try {
            work.run();
            details = escalations.details(details.summary().id());
            render();
            Notification.show(getTranslation("cases.escalations.saved"));
        } catch (InvalidInput invalid) {
            PortalMessages.problem(Notification.show(getTranslation(invalid.messageKey())));
        } catch (CaseExceptions.Conflict conflict) {
            PortalMessages.problem(Notification.show(getTranslation("cases.conflict", conflict.changedBy(),
                    PortalDates.dateTime(conflict.changedAt()))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.escalations.title") + " | " + getTranslation("app.name");
    }
}
