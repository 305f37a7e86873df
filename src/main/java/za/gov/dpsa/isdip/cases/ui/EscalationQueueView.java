package za.gov.dpsa.isdip.cases.ui;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
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
        // References and the moment of escalation take their content's width; department names wrap; on a phone
        // the reference, department and title show and the Columns menu brings back the rest.
        grid.addColumn(EscalationSummary::caseReference).setHeader(getTranslation("cases.field.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ResponsiveColumns.<EscalationSummary>wrapping(EscalationSummary::departmentName))
                .setHeader(getTranslation("dpsa.column.name")).setComparator(EscalationSummary::departmentName)
                .setSortable(true).setFlexGrow(2).setWidth("8rem");
        grid.addColumn(EscalationSummary::title).setHeader(getTranslation("cases.field.title")).setFlexGrow(3)
                .setWidth("8rem").setTooltipGenerator(EscalationSummary::title);
        Grid.Column<EscalationSummary> priority = grid.addColumn(Badge.<EscalationSummary>renderer(
                        e -> CaseLabels.priority(this, e.priority()), e -> CaseLabels.priorityTheme(e.priority())))
                .setHeader(getTranslation("cases.field.priority")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<EscalationSummary> status = grid.addColumn(e -> CaseLabels.status(this, e.caseStatus()))
                .setHeader(getTranslation("cases.field.status")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<EscalationSummary> escalatedAt = grid.addColumn(e -> PortalDates.dateTime(e.escalatedAt()))
                .setHeader(getTranslation("cases.escalations.at")).setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<EscalationSummary> specialist = grid.addColumn(
                        e -> e.dpsaAssignee() == null ? "" : e.dpsaAssignee())
                .setHeader(getTranslation("cases.escalations.specialist")).setWidth("7rem").setFlexGrow(1);
        Grid.Column<EscalationSummary> stateColumn = grid.addColumn(
                        e -> getTranslation("cases.escalations.state." + e.state()))
                .setHeader(getTranslation("cases.escalations.state")).setAutoWidth(true).setFlexGrow(0);
        ResponsiveColumns<EscalationSummary> columns = new ResponsiveColumns<>(grid, getTranslation("grid.columns"))
                .secondary(priority, status, escalatedAt, specialist, stateColumn);
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
        HorizontalLayout controls = new HorizontalLayout(state, columns);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new PageHeader(getTranslation("cases.escalations.title"))
                .withIntro(getTranslation("cases.escalations.help")),
                controls, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.escalations.title") + " | " + getTranslation("app.name");
    }
}
