package za.gov.dpsa.isdip.cases.ui;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import za.gov.dpsa.isdip.cases.CaseExceptions;
import za.gov.dpsa.isdip.cases.EscalationDetails;
import za.gov.dpsa.isdip.cases.EscalationService;
import za.gov.dpsa.isdip.cases.EscalationState;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** One escalated case for DPSA: assign a specialist, reply to the department, mark DPSA's part done. */
@Route("dpsa/escalations/:escalationId(\\d{1,18})")
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class EscalationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EscalationService escalations;
    private EscalationDetails details;
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
        } catch (CaseExceptions.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var s = details.summary();
        H1 heading = new H1(s.caseReference() + " " + s.title());
        heading.setId("escalation-heading");
        add(heading, new Paragraph(s.departmentName() + " · " + CaseLabels.category(this, s.category()) + " · "
                        + CaseLabels.priority(this, s.priority()) + " · " + CaseLabels.status(this, s.caseStatus())),
                new H2(getTranslation("cases.escalate.reason")), new Paragraph(details.reason()),
                new H2(getTranslation("cases.field.description")), new Paragraph(details.description()));
        if (details.sharedCitizen() != null) {
            var c = details.sharedCitizen();
            add(new H2(getTranslation("cases.citizen.title")), new Paragraph(c.fullName() + " · "
                    + Optional.ofNullable(c.phone()).orElse("") + " · " + Optional.ofNullable(c.email()).orElse("")));
        }
        TextField specialist = new TextField(getTranslation("cases.escalations.specialist"));
        specialist.setId("escalation-specialist");
        specialist.setValue(Optional.ofNullable(s.dpsaAssignee())
                .orElse(PortalUser.current().map(PortalUser::displayName).orElse("")));
        Button assign = new Button(getTranslation("cases.escalations.assign"), click -> run(() ->
                escalations.assignSpecialist(s.id(), details.version(), specialist.getValue())));
        assign.setId("escalation-assign");
        Button send = new Button(getTranslation("cases.escalations.send"), click -> run(() -> {
            escalations.reply(s.id(), reply.getValue());
            reply.clear();
        }));
        send.setId("escalation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button done = new Button(getTranslation("cases.escalations.done"), click -> run(() ->
                escalations.markDone(s.id(), details.version(), reply.getValue())));
        done.setId("escalation-done");
        done.setEnabled(s.state() == EscalationState.OPEN);
        UnorderedList conversation = new UnorderedList();
        conversation.setId("escalation-conversation");
        details.messages().forEach(m -> conversation.add(new ListItem(CaseLabels.when(m.occurredAt()) + " "
                + m.authorName() + (m.fromDpsa() ? " (DPSA)" : "") + ": " + m.body())));
        add(new HorizontalLayout(specialist, assign), new H2(getTranslation("cases.escalations.conversation")),
                conversation, reply, new HorizontalLayout(send, done));
    }

    private void run(Runnable work) {
        try {
            work.run();
            details = escalations.details(details.summary().id());
            render();
            Notification.show(getTranslation("cases.escalations.saved"));
        } catch (CaseExceptions.Invalid invalid) {
            Notification.show(getTranslation(invalid.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (CaseExceptions.Conflict conflict) {
            Notification.show(getTranslation("cases.conflict", conflict.changedBy(),
                    CaseLabels.when(conflict.changedAt()))).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.escalations.title") + " | " + getTranslation("app.name");
    }
}
