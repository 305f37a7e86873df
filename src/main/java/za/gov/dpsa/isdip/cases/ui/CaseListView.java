package za.gov.dpsa.isdip.cases.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import za.gov.dpsa.isdip.cases.internal.CaseFilter;
import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CaseSort;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.cases.internal.CaseSummary;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * The department's cases: my cases, the team queue, or all, with filters that live in the address so a list
 * can be bookmarked, a lazily loaded and sortable grid, and a CSV export of exactly what is filtered.
 */
@Route("cases")
@Menu(title = "nav.cases", order = 10)
@RolesAllowed({PortalRole.Names.DEPT_USER, PortalRole.Names.DEPT_ADMIN, PortalRole.Names.DEPT_REPORTER,
        PortalRole.Names.DPSA_ADMIN})
public class CaseListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int EXPORT_LIMIT = 100_000;

    private final CaseService cases;
    private final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    private final MultiSelectComboBox<CaseStatus> status = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CasePriority> priority = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Mechanism> category = new MultiSelectComboBox<>();
    private final ComboBox<String> assignee = new ComboBox<>();
    private final Checkbox breached = new Checkbox();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField search = new TextField();
    private final Tabs queues = new Tabs();
    private final Tab mine = new Tab();
    private final Tab team = new Tab();
    private final Tab all = new Tab();
    private final Paragraph total = new Paragraph();
    private CaseFilter filter = CaseFilter.none();
    private boolean applying;

    public CaseListView(CaseService cases) {
        this.cases = cases;
        addClassName("case-list");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (TenantContext.isPlatform()) {
            add(new PageHeader(getTranslation("nav.cases")).withIntro(getTranslation("cases.platformContext")),
                    new RouterLink(getTranslation("cases.escalations.title"), EscalationQueueView.class));
            return;
        }
        CaseFilter.Parsed parsed = CaseFilter.parse(event.getLocation().getQueryParameters().getParameters());
        filter = parsed.filter();
        build();
        showFilter();
        if (!parsed.ignored().isEmpty()) {
            // A bookmark from an older release, or a hand-edited address: the list still opens, and says what it left out.
            String fields = parsed.ignored().stream().map(name -> getTranslation(switch (name) {
                case "status" -> "cases.field.status";
                case "priority" -> "cases.field.priority";
                case "category" -> "cases.field.category";
                case "assignee" -> "cases.field.assignee";
                case "breached" -> "cases.filter.breached";
                case "from" -> "cases.filter.from";
                case "to" -> "cases.filter.to";
                default -> "cases.filter.search";
            })).collect(java.util.stream.Collectors.joining(", "));
            PortalMessages.warning(Notification.show(getTranslation("cases.filter.ignored", fields)));
        }
    }

    private void build() {
        Button newCase = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewCaseView.class)));
        newCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCase.setId("new-case");
        newCase.setVisible(PortalUser.current().filter(u -> u.workingDepartment().isPresent()
                && (u.hasRole(PortalRole.DEPT_USER) || u.hasRole(PortalRole.DEPT_ADMIN))).isPresent());
        PageHeader title = new PageHeader(getTranslation("nav.cases")).withActions(newCase);

        mine.setLabel(getTranslation("cases.queue.mine"));
        team.setLabel(getTranslation("cases.queue.team"));
        all.setLabel(getTranslation("cases.queue.all"));
        queues.removeAll();
        queues.add(mine, team, all);
        queues.getElement().setAttribute("aria-label", getTranslation("cases.queue.label"));
        queues.addSelectedChangeListener(e -> {
            if (!applying && e.isFromClient()) {
                String me = PortalUser.current().map(PortalUser::username).orElse(null);
                CaseFilter chosen = e.getSelectedTab() == mine ? CaseFilter.openCases().withAssignee(me)
                        : e.getSelectedTab() == team ? CaseFilter.openCases().withAssignee(CaseFilter.UNASSIGNED)
                        : CaseFilter.none();
                filter = chosen;
                showFilter();
                filterChanged();
            }
        });

        status.setLabel(getTranslation("cases.field.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> CaseLabels.status(this, s));
        priority.setLabel(getTranslation("cases.field.priority"));
        priority.setItems(CasePriority.values());
        priority.setItemLabelGenerator(p -> CaseLabels.priority(this, p));
        category.setLabel(getTranslation("cases.field.category"));
        category.setItems(Mechanism.values());
        category.setItemLabelGenerator(c -> CaseLabels.category(this, c));
        assignee.setLabel(getTranslation("cases.field.assignee"));
        List<String> assignees = new ArrayList<>();
        assignees.add(CaseFilter.UNASSIGNED);
        Map<String, String> names = new java.util.HashMap<>();
        for (DepartmentMember member : cases.assignableOfficials()) {
            assignees.add(member.username());
            names.put(member.username(), member.displayName());
        }
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(u -> CaseFilter.UNASSIGNED.equals(u) ? getTranslation("cases.unassigned")
                : names.getOrDefault(u, u));
        assignee.setClearButtonVisible(true);
        breached.setLabel(getTranslation("cases.filter.breached"));
        from.setLabel(getTranslation("cases.filter.from"));
        to.setLabel(getTranslation("cases.filter.to"));
        for (DatePicker date : List.of(from, to)) {
            date.setMin(CaseFilter.EARLIEST);
            date.setMax(CaseFilter.LATEST);
            date.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(getTranslation("cases.invalid.date"))
                    .setMinErrorMessage(getTranslation("cases.invalid.dateRange"))
                    .setMaxErrorMessage(getTranslation("cases.invalid.dateRange")));
            // On top of the range messages above: the portal's South African formats.
            PortalDates.southAfrican(date);
        }
        search.setMaxLength(CaseFilter.TEXT_MAX);
        search.setLabel(getTranslation("cases.filter.search"));
        search.setPlaceholder(getTranslation("cases.filter.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("case-search");
        status.setId("filter-status");
        breached.setId("filter-breached");

        status.addValueChangeListener(e -> fieldChanged());
        priority.addValueChangeListener(e -> fieldChanged());
        category.addValueChangeListener(e -> fieldChanged());
        assignee.addValueChangeListener(e -> fieldChanged());
        breached.addValueChangeListener(e -> fieldChanged());
        from.addValueChangeListener(e -> fieldChanged());
        to.addValueChangeListener(e -> fieldChanged());
        search.addValueChangeListener(e -> fieldChanged());

        FlexLayout filters = new FlexLayout(search, status, priority, category, assignee, from, to, breached);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("case-filters");
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        grid.removeAllColumns();
        grid.setId("case-grid");
        grid.setAriaLabel(getTranslation("nav.cases"));
        // At 1,366 px the references, dates and badges take the width their content needs and are never cut; the
        // title, category and assignee share the rest, each in full on hover. On a phone the reference, title and
        // status show, and the "Columns" menu brings back the others (ResponsiveColumns).
        grid.addColumn(CaseSummary::reference)
                .setHeader(getTranslation("cases.field.reference")).setKey("reference").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseSummary::title).setHeader(getTranslation("cases.field.title")).setKey("title")
                .setSortable(true).setFlexGrow(3).setWidth("10rem").setTooltipGenerator(CaseSummary::title);
        Grid.Column<CaseSummary> categoryColumn = grid.addColumn(c -> CaseLabels.category(this, c.category()))
                .setHeader(getTranslation("cases.field.category")).setKey("category").setSortable(true)
                .setFlexGrow(1).setWidth("8rem").setTooltipGenerator(c -> CaseLabels.category(this, c.category()));
        Grid.Column<CaseSummary> priorityColumn = grid.addColumn(Badge.<CaseSummary>renderer(
                        c -> CaseLabels.priority(this, c.priority()), c -> CaseLabels.priorityTheme(c.priority())))
                .setHeader(getTranslation("cases.field.priority")).setKey("priority").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Badge.<CaseSummary>renderer(c -> CaseLabels.status(this, c.status()),
                        c -> CaseLabels.statusTheme(c.status())))
                .setHeader(getTranslation("cases.field.status")).setKey("status").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<CaseSummary> assigneeColumn = grid.addColumn(
                        c -> c.assignee() == null ? "" : names.getOrDefault(c.assignee(), c.assignee()))
                .setHeader(getTranslation("cases.field.assignee")).setKey("assignee").setSortable(true)
                .setFlexGrow(1).setWidth("7rem")
                .setTooltipGenerator(c -> c.assignee() == null ? "" : names.getOrDefault(c.assignee(), c.assignee()));
        Grid.Column<CaseSummary> created = grid.addColumn(c -> PortalDates.date(c.createdAt()))
                .setHeader(getTranslation("cases.field.created")).setKey("createdAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        // A breached case shows the badge instead of its due date; the others their date, as plain text.
        Grid.Column<CaseSummary> due = grid.addColumn(LitRenderer.<CaseSummary>of(
                        "<span theme=\"${item.breached ? '" + Badge.theme(Badge.Tone.ERROR, false) + "' : ''}\">"
                                + "${item.due}</span>")
                        .withProperty("breached", CaseSummary::breached)
                        .withProperty("due", c -> c.breached() ? getTranslation("cases.sla.breached")
                                : PortalDates.date(c.resolutionDueAt())))
                .setHeader(getTranslation("cases.field.due")).setKey("resolutionDueAt").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<CaseSummary> escalated = grid.addColumn(Badge.<CaseSummary>renderer(
                        c -> c.escalated() ? getTranslation("cases.escalated") : "",
                        c -> Badge.theme(Badge.Tone.CONTRAST, false)))
                .setHeader(getTranslation("cases.field.escalated")).setKey("escalated").setAutoWidth(true)
                .setFlexGrow(0);
        ResponsiveColumns<CaseSummary> columns = new ResponsiveColumns<>(grid, getTranslation("grid.columns"))
                .secondary(categoryColumn, priorityColumn, assigneeColumn, created, due, escalated);
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("createdAt"), SortDirection.DESCENDING)));
        grid.setItems(query -> {
            List<CaseSort> sorts = query.getSortOrders().stream()
                    .filter(o -> CaseSort.PROPERTIES.contains(o.getSorted()))
                    .map(o -> new CaseSort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                    .toList();
            return cases.page(filter, query.getOffset(), query.getLimit(), sorts).stream();
        }, query -> {
            // The grid counts once per change; the total shown above it reuses that count.
            long count = cases.count(filter);
            total.setText(getTranslation("cases.total", count));
            return (int) Math.min(Integer.MAX_VALUE, count);
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                new com.vaadin.flow.router.RouteParameters("reference", e.getItem().reference()))));
        grid.setSizeFull();
        // A page is what a screen shows (about 15 rows on a laptop, fewer on a phone) with room to scroll: 50 rows
        // (the default) sent twice what is seen on every load, filter and sort (docs/benchmarks.md).
        grid.setPageSize(25);

        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            // Recorded in the audit trail (filter, rows, personal fields) by the service.
            byte[] csv = CaseCsv.write(cases.export(filter, EXPORT_LIMIT), this);
            return new DownloadResponse(new ByteArrayInputStream(csv), "cases.csv", "text/csv", csv.length);
        }), getTranslation("cases.export"));
        export.setId("case-export");
        total.setId("case-total");
        HorizontalLayout footer = new HorizontalLayout(total, export, columns);
        footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(title, queues, filters, footer, grid);
        setFlexGrow(1, grid);
    }

    private void showFilter() {
        applying = true;
        try {
            status.setValue(filter.statuses());
            priority.setValue(filter.priorities());
            category.setValue(filter.categories());
            assignee.setValue(filter.assignee());
            breached.setValue(filter.breachedOnly());
            from.setValue(filter.from());
            to.setValue(filter.to());
            search.setValue(Optional.ofNullable(filter.text()).orElse(""));
            String me = PortalUser.current().map(PortalUser::username).orElse("");
            boolean open = filter.statuses().equals(CaseFilter.openCases().statuses());
            queues.setSelectedTab(open && me.equals(filter.assignee()) ? mine
                    : open && CaseFilter.UNASSIGNED.equals(filter.assignee()) ? team : all);
        } finally {
            applying = false;
        }
        refresh();
    }

    private void fieldChanged() {
        if (applying) {
            return;
        }
        try {
            filter = new CaseFilter(status.getValue(), priority.getValue(), category.getValue(), assignee.getValue(),
                    breached.getValue(), from.getValue(), to.getValue(), search.getValue());
        } catch (InvalidInput invalid) {
            // The pickers refuse such dates in the browser; a request that bypasses them changes nothing.
            PortalMessages.problem(Notification.show(getTranslation(invalid.messageKey())));
            return;
        }
        filterChanged();
    }

    private void filterChanged() {
        // The filter goes into the address, so the list can be bookmarked, without a new navigation.
        String location = new Location("cases", new QueryParameters(filter.toQueryParameters()))
                .getPathWithQueryParameters();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    CaseFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " | " + getTranslation("app.name");
    }
}
