package za.gov.dpsa.isdip.reporting.rest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * DPSA's console figures for its analytics client: the reporting matrix and the national consolidation of a period,
 * the latter also as DHIS2 documents of every department's submitted values. A department system is refused.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting (DPSA analytics)", description = "Reporting rates, timeliness and national consolidation "
        + "across departments; DPSA's analytics client only")
class ReportingAnalyticsController {

    private static final String PROBLEM = "application/problem+json";

    private final ApiReports reports;

    ReportingAnalyticsController(ApiReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getReportingMatrix", summary = "Each department's standing per period, and the "
            + "reporting rate and timeliness per period",
            description = "Without financialYear, the last 8 periods, as DPSA's console shows them.")
    @ApiResponse(responseCode = "200", description = "The matrix", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportsJson.Matrix.class),
            examples = @ExampleObject(name = "matrix", value = ApiExamples.MATRIX)))
    @ApiResponse(responseCode = "422", description = "financialYear is not a year", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "financialYear", value = """
                    {"type":"urn:isdip:problem:invalid-input","title":"Invalid input","status":422,
                      "detail":"financialYear: Give the year the financial year starts in, e.g. 2026 for 2026/27.","instance":"/api/v1/reporting/matrix",
                      "errors":[{"field":"financialYear","message":"Give the year the financial year starts in, e.g. 2026 for 2026/27."}]}
                    """)))
    @ApiResponse(responseCode = "403", description = "Not DPSA's analytics client", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ReportsJson.Matrix matrix(
            @Parameter(description = "The year the financial year starts in (2026 is 2026/27)", example = "2026")
            @RequestParam(required = false) String financialYear) {
        return reports.matrix(financialYear);
    }

    @GetMapping(path = "/consolidation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getConsolidation", summary = "The national consolidation of a period, per indicator",
            description = "From each department's latest submission DPSA has not returned: sums for counts, "
                    + "averages across departments for shares and durations; with breakdowns by sphere and province.")
    @ApiResponse(responseCode = "200", description = "The consolidation", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ReportsJson.Consolidation.class),
            examples = @ExampleObject(name = "consolidation", value = ApiExamples.CONSOLIDATION)))
    @ApiResponse(responseCode = "404", description = "DPSA never opened that period", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "A malformed period", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "period", value = ApiExamples.INVALID_PERIOD)))
    @ApiResponse(responseCode = "403", description = "Not DPSA's analytics client", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ReportsJson.Consolidation consolidation(
            @Parameter(description = "Period id: 2026-27-Q1 for a quarter, 2026-27 for a financial year",
                    example = ApiExamples.PERIOD, required = true)
            @RequestParam(required = false) String period) {
        return reports.consolidation(period);
    }

    @GetMapping(path = "/consolidation/dataValueSets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getConsolidationDataValueSet", summary = "Every department's submitted values of a "
            + "period as one DHIS2 dataValueSets document",
            description = "Period and orgUnit on every value (a bulk load); DHIS2 aggregates the national figure.")
    @ApiResponse(responseCode = "200", description = "The DHIS2 document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ReportsJson.DataValueSet.class),
            examples = @ExampleObject(name = "dataValueSet", value = ApiExamples.BULK_DATA_VALUE_SET)))
    @ApiResponse(responseCode = "404", description = "DPSA never opened that period", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "A malformed period", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "period", value = ApiExamples.INVALID_PERIOD)))
    @ApiResponse(responseCode = "403", description = "Not DPSA's analytics client", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ReportsJson.DataValueSet consolidationDataValueSet(
            @Parameter(description = "Period id", example = ApiExamples.PERIOD, required = true)
            @RequestParam(required = false) String period) {
        ApiReports.PeriodReports submitted = reports.submittedIn(period);
        return Dhis2Exports.bulk(submitted.period(), submitted.snapshots());
    }

    @GetMapping(path = "/consolidation/adx", produces = Dhis2Exports.ADX_MEDIA_TYPE)
    @Operation(operationId = "getConsolidationAdx", summary = "Every department's submitted values of a period as "
            + "ADX, one group per department")
    @ApiResponse(responseCode = "200", description = "The ADX document", content = @Content(
            mediaType = Dhis2Exports.ADX_MEDIA_TYPE, schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "adx", value = ApiExamples.BULK_ADX)))
    @ApiResponse(responseCode = "404", description = "DPSA never opened that period", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "A malformed period", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "period", value = ApiExamples.INVALID_PERIOD)))
    @ApiResponse(responseCode = "403", description = "Not DPSA's analytics client", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ResponseEntity<byte[]> consolidationAdx(
            @Parameter(description = "Period id", example = ApiExamples.PERIOD, required = true)
            @RequestParam(required = false) String period) {
        ApiReports.PeriodReports submitted = reports.submittedIn(period);
        return ReportsController.adxResponse(Dhis2Exports.adx(submitted.period(), submitted.snapshots(),
                reports.now()));
    }
}
