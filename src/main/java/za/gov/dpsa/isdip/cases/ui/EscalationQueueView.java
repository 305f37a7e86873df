package za.gov.dpsa.isdip.cases.ui;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import za.gov.dpsa.isdip.cases.internal.EscalationService;
import za.gov.dpsa.isdip.cases.internal.EscalationState;
import za.gov.dpsa.isdip.cases.internal.EscalationSummary;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalRole;

/** DPSA's central queue: the cases every department escalated, read from what they shared. */
@Route("dpsa/escalations")
@Menu(title = "nav.escalations", order = 91)
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class EscalationQueueView extends VerticalLayout implements HasDynamicTitle {

    public EscalationQueueView(EscalationService escalations) {
        Select<String> state = new Select<>();
        state.setLabel(getTranslation("cases.escalations.state"));
        state.setItems("OPEN", "DONE", "ALL");
        state.setItemLabelGenerator(s -> getTranslation("cases.escalations.state." + s));
        state.setValue("OPEN");
        Grid<EscalationSummary> grid = new Grid<>(EscalationSummary.class, false);
        grid.setId("escalation-grid");
        grid.setAriaLabel(getTranslation("cases.escalations.title"));
        grid.addColumn(EscalationSummary::departmentName).setHeader(getTranslation("dpsa.column.name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(EscalationSummary::caseReference).setHeader(getTranslation("cases.field.reference"));
        grid.addColumn(EscalationSummary::title).setHeader(getTranslation("cases.field.title")).setFlexGrow(3);
        grid.addColumn(Badge.<EscalationSummary>renderer(e -> CaseLabels.priority(this, e.priority()),
                        e -> CaseLabels.priorityTheme(e.priority())))
                .setHeader(getTranslation("cases.field.priority"));
        grid.addColumn(e -> CaseLabels.status(this, e.caseStatus())).setHeader(getTranslation("cases.field.status"));
        grid.addColumn(e -> PortalDates.dateTime(e.escalatedAt())).setHeader(getTranslation("cases.escalations.at"))
                .setSortable(true);
        grid.addColumn(e -> e.dpsaAssignee() == null ? "" : e.dpsaAssignee())
                .setHeader(getTranslation("cases.escalations.specialist"));
        grid.addColumn(e -> getTranslation("cases.escalations.state." + e.state()))
                .setHeader(getTranslation("cases.escalations.state"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EscalationView.class,
                new RouteParameters("escalationId", String.valueOf(e.getItem().id())))));
        Runnable load = () -> {
            Set<EscalationState> states = switch (state.getValue()) {
                case "OPEN" -> EnumSet.of(EscalationState.OPEN);
                case "DONE" -> EnumSet.of(EscalationState.DONE);
                default -> EnumSet.allOf(EscalationState.class);
            };
            grid.setItems(escalations.queue(states, null));
        };
        state.addValueChangeListener(e -> load.run());
        load.run();
        add(new PageHeader(getTranslation("cases.escalations.title"))
                .withIntro(getTranslation("cases.escalations.help")),
                state, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.escalations.title") + " | " + getTranslation("app.name");
    }
}
