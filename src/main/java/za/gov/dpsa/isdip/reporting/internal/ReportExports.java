package za.gov.dpsa.isdip.reporting.internal;

import za.gov.dpsa.isdip.core.Csv;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.export.PdfReport;
import za.gov.dpsa.isdip.reporting.export.Table;
import za.gov.dpsa.isdip.reporting.export.XlsxWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The console's and a report's downloads: the matrix and the national consolidation as CSV or XLSX, one
 * department's submitted report as PDF. {@code label} turns message keys into the user's words.
 */
public final class ReportExports {

    /** Times as officials read them: South African Standard Time, to the minute. */
    public static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(za.gov.dpsa.isdip.core.PortalTime.ZONE);

    private ReportExports() {
    }

    public static Table matrixTable(ReportingConsole.Matrix matrix, Function<String, String> label) {
        List<String> headers = new ArrayList<>(List.of(label.apply("dpsa.column.name"), label.apply("dpsa.column.sphere"),
                label.apply("dpsa.column.province")));
        matrix.periods().forEach(p -> headers.add(p.label()));
        List<List<String>> rows = new ArrayList<>();
        for (ReportingConsole.Matrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.department().name(),
                    label.apply("dpsa.sphere." + row.department().sphere()),
                    row.department().province() == null ? "" : row.department().province().displayName()));
            matrix.periods().forEach(p -> cells.add(label.apply("report.cell." + row.cells().get(p.id()))));
            rows.add(cells);
        }
        List<String> rate = new ArrayList<>(List.of(label.apply("report.console.reportingRate"), "", ""));
        List<String> timely = new ArrayList<>(List.of(label.apply("report.console.timeliness"), "", ""));
        matrix.periods().forEach(p -> {
            rate.add(percent(matrix.rates().get(p.id()).reportingRate()));
            timely.add(percent(matrix.rates().get(p.id()).timeliness()));
        });
        rows.add(rate);
        rows.add(timely);
        return new Table(label.apply("report.console.matrix"), headers, rows);
    }

    public static Table consolidationTable(String periodLabel, List<ReportingConsole.Consolidated> lines,
                                           Function<String, String> label) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportingConsole.Consolidated c : lines) {
            rows.add(List.of(label.apply("report.domain." + c.indicator().domain()), label.apply(c.indicator().nameKey()),
                    number(c.national()), String.valueOf(c.departments()),
                    String.join("; ", c.bySphere().entrySet().stream()
                            .map(e -> e.getKey() + " " + number(e.getValue())).toList()),
                    String.join("; ", c.byProvince().entrySet().stream()
                            .map(e -> e.getKey() + " " + number(e.getValue())).toList())));
        }
        return new Table(label.apply("report.console.consolidation") + " " + periodLabel,
                List.of(label.apply("report.column.domain"), label.apply("report.column.indicator"),
                        label.apply("report.column.national"), label.apply("report.column.departments"),
                        label.apply("report.column.bySphere"), label.apply("report.column.byProvince")), rows);
    }

    public static byte[] csv(Table table) {
        return Csv.write(table.headers(), table.rows());
    }

    public static byte[] xlsx(List<Table> tables) {
        return XlsxWriter.write(tables);
    }

    /** The name of a submitted report's PDF in the audit trail; it names the officer who submitted it. */
    public static final String PDF_EXPORT = "report.pdf";
    /** The personal field of a report's PDF: the name of the officer who submitted it. */
    public static final List<String> PDF_PERSONAL_FIELDS = List.of("submittedBy");

    /** What a report's PDF holds, for its audit entry: department, period and version. */
    public static String pdfScope(SubmissionSummary summary, ReportSnapshot snapshot) {
        return snapshot.departmentId() + " " + snapshot.periodLabel() + " version " + summary.version();
    }

    /** One submitted version as a PDF: every figure, whether it was entered by hand, and its narrative. */
    public static byte[] pdf(SubmissionSummary summary, ReportSnapshot snapshot, ReportTemplates template,
                             Function<String, String> label) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportSnapshot.Figure figure : snapshot.figures()) {
            Indicator indicator = template.indicator(figure.code()).orElse(null);
            rows.add(List.of(indicator == null ? figure.code() : label.apply(indicator.nameKey()), number(figure.value()),
                    figure.manual() ? label.apply("report.manual") : label.apply("report.computed"),
                    figure.narrative() == null ? "" : figure.narrative()));
        }
        Table figures = new Table(label.apply("report.figures"), List.of(label.apply("report.column.indicator"),
                label.apply("report.column.value"), label.apply("report.column.source"),
                label.apply("report.column.narrative")), rows);
        return PdfReport.write(snapshot.departmentName() + " · " + snapshot.periodLabel(),
                List.of(label.apply("report.pdf.version") + " " + summary.version() + " · "
                                + label.apply("report.status." + summary.status()),
                        label.apply("report.pdf.submitted") + " " + summary.submittedBy() + ", "
                                + WHEN.format(summary.submittedAt()),
                        label.apply("report.pdf.template") + " " + snapshot.templateVersion()),
                List.of(figures), "SHA-256 " + summary.checksum());
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
    }
}
