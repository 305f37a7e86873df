package za.gov.dpsa.isdip.reporting.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The API's JSON documents for reports. Times are ISO 8601 with South Africa's offset ({@code +02:00}), dates ISO
 * 8601, periods as the API names them ({@link PeriodIds}); figures are numbers, null where a report has none.
 */
final class ReportsJson {

    private ReportsJson() {
    }

    @Schema(description = "One page of submitted and accepted reports, newest submission first")
    record ReportPage(List<ReportSummary> items, int page, int size, long totalItems, int totalPages,
                      @Schema(description = "The address of the next page, if any") String next) {
    }

    @Schema(description = "A submitted version of a department's report that DPSA has not returned")
    record ReportSummary(
            @Schema(description = "Department code, also the DHIS2 orgUnit code", example = "dha") String department,
            @Schema(example = "Department of Home Affairs") String departmentName,
            @Schema(description = "Period id: 2026-27-Q1 for a quarter, 2026-27 for a financial year",
                    example = "2026-27-Q1") String period,
            @Schema(example = "2026/27 Q1") String periodLabel,
            @Schema(description = "The DHIS2 ISO period", example = "2026Q2") String dhis2Period,
            @Schema(example = "1") int version,
            @Schema(allowableValues = {"SUBMITTED", "ACCEPTED"}) String status,
            @Schema(example = "2026-07-14T09:30:00+02:00") String submittedAt,
            @Schema(description = "When DPSA accepted it; null while submitted", nullable = true) String reviewedAt,
            @Schema(description = "SHA-256 of the stored snapshot") String checksum) {
    }

    @Schema(description = "A department's submitted report: every figure of the template it was made against")
    record ReportDocument(String department, String departmentName, String sphere, String province, String period,
                          String periodLabel, String dhis2Period, String startsOn, String endsOn, int version,
                          String status, String submittedAt, String reviewedAt, int templateVersion,
                          String checksum, List<Figure> figures) {
    }

    @Schema(description = "One figure of a report")
    record Figure(@Schema(example = "cases.opened") String indicator,
                  @Schema(example = "TECHNICAL_SUPPORT") String domain,
                  @Schema(allowableValues = {"count", "percent", "days", "yesno"}) String unit,
                  @Schema(nullable = true, example = "42") BigDecimal value,
                  @Schema(description = "Typed by the reporting officer rather than computed") boolean manual,
                  @Schema(nullable = true) String narrative) {
    }

    /** DHIS2's {@code dataValueSets} import document; empty fields are left out, as DHIS2 expects. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "DHIS2 dataValueSets import document (POST /api/dataValueSets, idScheme CODE)")
    record DataValueSet(@Schema(example = "ISDIP_QUARTERLY") String dataSet,
                        @Schema(example = "2026-07-14") String completeDate,
                        @Schema(example = "2026Q2") String period,
                        @Schema(example = "dha") String orgUnit,
                        List<DataValue> dataValues) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DataValue(@Schema(example = "cases.opened") String dataElement,
                     @Schema(example = "2026Q2") String period,
                     @Schema(example = "dha") String orgUnit,
                     @Schema(description = "The figure as DHIS2 reads it: a plain decimal", example = "42") String value,
                     @Schema(description = "The department's narrative, if any", nullable = true) String comment) {
    }

    @Schema(description = "DPSA's reporting matrix: each active department's standing per period, and the rates")
    record Matrix(List<Period> periods, List<MatrixRow> departments, List<Rates> rates) {
    }

    record Period(@Schema(example = "2026-27-Q1") String period, @Schema(example = "2026/27 Q1") String label,
                  @Schema(example = "2026Q2") String dhis2Period, String startsOn, String endsOn, String dueOn) {
    }

    record MatrixRow(@Schema(example = "dha") String department, String name,
                     @Schema(example = "NATIONAL") String sphere, @Schema(nullable = true) String province,
                     List<MatrixCell> cells) {
    }

    record MatrixCell(@Schema(example = "2026-27-Q1") String period,
                      @Schema(allowableValues = {"NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "LATE"})
                      String status,
                      @Schema(description = "Whether the first version arrived by the due date; null when none did",
                              nullable = true) Boolean onTime) {
    }

    record Rates(String period, int expected, int received, int onTime,
                 @Schema(description = "received / expected", example = "0.86") double reportingRate,
                 @Schema(description = "received on time / expected", example = "0.71") double timeliness) {
    }

    @Schema(description = "The national consolidation of a period from the departments' latest submissions DPSA "
            + "has not returned: sums for counts, averages across departments for shares and durations")
    record Consolidation(String period, String periodLabel, String dhis2Period, List<Consolidated> indicators) {
    }

    record Consolidated(@Schema(example = "cases.opened") String indicator, String unit,
                        @Schema(allowableValues = {"SUM", "AVERAGE"}) String aggregation,
                        @Schema(nullable = true) BigDecimal national,
                        @Schema(description = "How many departments reported the figure") int departments,
                        Map<String, BigDecimal> bySphere, Map<String, BigDecimal> byProvince) {
    }
}
