package za.gov.dpsa.isdip.reporting.ui;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ui.component.Badge;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PageHeader;
import za.gov.dpsa.isdip.platform.ui.component.PortalChart;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.platform.ui.component.PortalNumbers;
import za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.export.Table;
import za.gov.dpsa.isdip.reporting.internal.ConsoleCell;
import za.gov.dpsa.isdip.reporting.internal.ReportExports;
import za.gov.dpsa.isdip.reporting.internal.ReportTemplates;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * DPSA's reporting console: every department's standing per period at a glance, reporting and timeliness
 * rates, the national consolidation with its breakdowns and trend, exports, and opening a new period.
 */
@Route("dpsa/reporting")
@Menu(title = "nav.reportingConsole", order = 92)
@RolesAllowed(PortalRole.Names.DPSA_ADMIN)
public class ReportingConsoleView extends VerticalLayout implements HasDynamicTitle {

    static final int PERIODS_SHOWN = 8;

    private final ReportingConsole console;
    private final ReportingPeriods periods;
    private final ReportTemplates template;
    private final Select<Sphere> sphere = new Select<>();
    private final ComboBox<Province> province = new ComboBox<>();
    private final VerticalLayout matrixArea = new VerticalLayout();
    private final VerticalLayout consolidationArea = new VerticalLayout();
    private final Select<ReportingPeriod> consolidationPeriod = new Select<>();
    private final ComboBox<Indicator> trendIndicator = new ComboBox<>();

    private final AuditTrail auditTrail;

    public ReportingConsoleView(ReportingConsole console, ReportingPeriods periods, ReportTemplates template,
                                AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.console = console;
        this.periods = periods;
        this.template = template;
        sphere.setLabel(getTranslation("dpsa.column.sphere"));
        sphere.setItems(Sphere.values());
        sphere.setEmptySelectionAllowed(true);
        sphere.setEmptySelectionCaption(getTranslation("report.console.allSpheres"));
        sphere.setItemLabelGenerator(s -> s == null ? getTranslation("report.console.allSpheres")
                : getTranslation("dpsa.sphere." + s));
        province.setLabel(getTranslation("dpsa.column.province"));
        province.setItems(Province.values());
        province.setItemLabelGenerator(Province::displayName);
        province.setClearButtonVisible(true);
        sphere.addValueChangeListener(e -> refresh());
        province.addValueChangeListener(e -> refresh());
        consolidationPeriod.setLabel(getTranslation("report.period"));
        consolidationPeriod.setItemLabelGenerator(ReportingPeriod::label);
        consolidationPeriod.addValueChangeListener(e -> showConsolidation());
        trendIndicator.setLabel(getTranslation("report.console.trendOf"));
        trendIndicator.setItems(template.indicators());
        trendIndicator.setItemLabelGenerator(i -> getTranslation(i.nameKey()));
        trendIndicator.addValueChangeListener(e -> showConsolidation());
        trendIndicator.setValue(template.indicators().getFirst());
        matrixArea.setPadding(false);
        consolidationArea.setPadding(false);
        add(new PageHeader(getTranslation("report.console.title")), openPeriodForm(),
                new HorizontalLayout(sphere, province), matrixArea,
                new H2(getTranslation("report.console.consolidation")),
                new HorizontalLayout(consolidationPeriod, trendIndicator), consolidationArea);
        refresh();
    }

    private ReportingConsole.Scope scope() {
        return new ReportingConsole.Scope(sphere.getValue(), province.getValue());
    }

    private HorizontalLayout openPeriodForm() {
        int[] current = ReportingPeriod.quarterOf(LocalDate.now(za.gov.dpsa.isdip.core.PortalTime.ZONE));
        IntegerField year = new IntegerField(getTranslation("report.open.fiscalYear"));
        year.setValue(current[0]);
        year.setId("open-fiscal-year");
        Select<Integer> quarter = new Select<>();
        quarter.setLabel(getTranslation("report.open.quarter"));
        quarter.setItems(1, 2, 3, 4, 0);
        quarter.setItemLabelGenerator(q -> q == 0 ? getTranslation("report.open.wholeYear") : "Q" + q);
        quarter.setValue(current[1]);
        quarter.setId("open-quarter");
        DatePicker due = new DatePicker(getTranslation("report.open.due"));
        due.setId("open-due");
        PortalDates.southAfrican(due);
        Button open = new Button(getTranslation("report.open"), click -> {
            try {
                ReportingPeriod opened = periods.open(year.getValue() == null ? 0 : year.getValue(),
                        quarter.getValue(), due.getValue());
                Notification.show(getTranslation("report.open.done", opened.label()));
                refresh();
            } catch (InvalidInput invalid) {
                due.setErrorMessage(getTranslation(invalid.messageKey()));
                due.setInvalid(true);
                PortalMessages.problem(Notification.show(getTranslation(invalid.messageKey())));
            }
        });
        open.setId("open-period");
        HorizontalLayout form = new HorizontalLayout(year, quarter, due, open);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        ReportingConsole.Matrix matrix = console.matrix(scope(), PERIODS_SHOWN);
        matrixArea.removeAll();
        if (matrix.periods().isEmpty()) {
            matrixArea.add(new EmptyState(getTranslation("report.noPeriods")));
            return;
        }
        Grid<ReportingConsole.Matrix.Row> grid = new Grid<>();
        grid.setId("report-matrix");
        grid.setAriaLabel(getTranslation("report.console.matrix"));
        // Department names wrap in full (never "Western Cape Educ…"); the periods take their content's width. On a
        // phone the two latest periods show and the "Columns" menu brings back the earlier ones.
        grid.addColumn(ResponsiveColumns.<ReportingConsole.Matrix.Row>wrapping(r -> r.department().name()))
                .setHeader(getTranslation("dpsa.column.name")).setFlexGrow(1).setWidth("12rem")
                .setComparator(r -> r.department().name()).setSortable(true)
                .setTooltipGenerator(r -> r.department().name())
                // Eight periods may be wider than a laptop: the grid then scrolls sideways under the names.
                .setFrozen(true);
        ResponsiveColumns<ReportingConsole.Matrix.Row> columns = new ResponsiveColumns<>(grid,
                getTranslation("grid.columns"));
        List<ReportingPeriod> matrixPeriods = matrix.periods();
        for (int i = 0; i < matrixPeriods.size(); i++) {
            ReportingPeriod period = matrixPeriods.get(i);
            ReportingConsole.Rates rates = matrix.rates().get(period.id());
            Grid.Column<ReportingConsole.Matrix.Row> column = grid.addComponentColumn(r -> cell(r, period))
                    .setHeader(period.label()).setAutoWidth(true).setFlexGrow(0)
                    .setFooter(getTranslation("report.console.rates", percent(rates.reportingRate()),
                            percent(rates.timeliness())));
            if (i < matrixPeriods.size() - 2) {
                columns.secondary(column, period.label());
            }
        }
        grid.setItems(matrix.rows());
        grid.setAllRowsVisible(true);
        Table table = ReportExports.matrixTable(matrix, this::getTranslation);
        matrixArea.add(new Paragraph(getTranslation("report.console.ratesHelp")), grid,
                new HorizontalLayout(columns, download("report-matrix.csv", "text/csv", ReportExports.csv(table), table),
                        download("report-matrix.xlsx", XLSX, ReportExports.xlsx(List.of(table)), table)));
        List<ReportingPeriod> shown = matrix.periods().reversed();
        ReportingPeriod chosen = consolidationPeriod.getValue();
        consolidationPeriod.setItems(shown);
        consolidationPeriod.setValue(chosen != null && shown.contains(chosen) ? chosen : shown.getFirst());
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private com.vaadin.flow.component.Component cell(ReportingConsole.Matrix.Row row, ReportingPeriod period) {
        ConsoleCell cell = row.cells().get(period.id());
        Badge badge = new Badge(getTranslation("report.cell." + cell), switch (cell) {
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case SUBMITTED -> Badge.Tone.NEUTRAL;
            case RETURNED, LATE -> Badge.Tone.ERROR;
            case DRAFT, NOT_STARTED -> Badge.Tone.CONTRAST;
        });
        Long submission = row.submissionIds().get(period.id());
        if (submission == null) {
            return badge;
        }
        Button open = new Button(badge, click -> getUI().ifPresent(ui -> ui.navigate(SubmissionReviewView.class,
                new RouteParameters("submissionId", String.valueOf(submission)))));
        open.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
        open.getElement().setAttribute("aria-label", row.department().name() + " " + period.label() + ": "
                + getTranslation("report.cell." + cell));
        return open;
    }

    private void showConsolidation() {
        consolidationArea.removeAll();
        ReportingPeriod chosen = consolidationPeriod.getValue();
        if (chosen == null) {
            return;
        }
        List<ReportingConsole.Consolidated> lines = console.consolidate(chosen.id(), scope());
        Grid<ReportingConsole.Consolidated> grid = new Grid<>();
        grid.setId("report-consolidation");
        grid.setAriaLabel(getTranslation("report.console.consolidation"));
        grid.addColumn(c -> getTranslation("report.domain." + c.indicator().domain()))
                .setHeader(getTranslation("report.column.domain"));
        grid.addColumn(c -> getTranslation(c.indicator().nameKey())).setHeader(getTranslation("report.column.indicator"))
                .setFlexGrow(3);
        grid.addColumn(c -> PortalNumbers.decimal(c.national(), getLocale()))
                .setHeader(getTranslation("report.column.national"));
        grid.addColumn(c -> c.departments()).setHeader(getTranslation("report.column.departments"));
        grid.addColumn(c -> String.join("; ", c.bySphere().entrySet().stream()
                .map(e -> getTranslation("dpsa.sphere." + e.getKey()) + " "
                        + PortalNumbers.decimal(e.getValue(), getLocale())).toList()))
                .setHeader(getTranslation("report.column.bySphere")).setFlexGrow(2);
        grid.addColumn(c -> String.join("; ", c.byProvince().entrySet().stream()
                .map(e -> e.getKey() + " " + PortalNumbers.decimal(e.getValue(), getLocale())).toList()))
                .setHeader(getTranslation("report.column.byProvince")).setFlexGrow(3);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        Table table = ReportExports.consolidationTable(chosen.label(), lines, this::getTranslation);
        consolidationArea.add(grid, new HorizontalLayout(
                download("national-" + chosen.label().replace('/', '-').replace(' ', '-') + ".csv", "text/csv",
                        ReportExports.csv(table), table),
                download("national-" + chosen.label().replace('/', '-').replace(' ', '-') + ".xlsx", XLSX,
                        ReportExports.xlsx(List.of(table)), table)));
        Indicator indicator = trendIndicator.getValue();
        if (indicator != null) {
            consolidationArea.add(trendChart(this, getTranslation(indicator.nameKey()),
                    console.trend(indicator.code(), scope(), PERIODS_SHOWN)));
        }
    }

    /** A download of figures by department (no personal information), recorded in the audit trail all the same. */
    private Anchor download(String fileName, String type, byte[] bytes, Table table) {
        ReportingConsole.Scope scope = scope();
        String recorded = "sphere=" + (scope.sphere() == null ? "all" : scope.sphere()) + "&province="
                + (scope.province() == null ? "all" : scope.province().name());
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            auditTrail.recordExport(fileName, recorded, table.rows().size(), List.of());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }),
                getTranslation("report.download", fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase()));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** The indicator's national figure per period as the portal's line chart, with its scale, legend and table. */
    static Div trendChart(com.vaadin.flow.component.Component host, String indicator, Map<String, BigDecimal> trend) {
        return PortalChart.line(host, host.getTranslation("report.console.trendTitle", indicator, trend.size()))
                .categories(host.getTranslation("report.period"), List.copyOf(trend.keySet()))
                .series(indicator, new ArrayList<>(trend.values()))
                .build("report-trend");
    }

    private String percent(double share) {
        return PortalNumbers.percent(share, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.console.title") + " | " + getTranslation("app.name");
    }
}
