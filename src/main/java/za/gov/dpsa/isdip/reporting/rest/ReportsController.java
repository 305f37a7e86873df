package za.gov.dpsa.isdip.reporting.rest;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
 * Reports out: the reports departments submitted, as JSON and in DHIS2's formats. Read-only; the caller's department
 * comes from its token ({@link ApiCaller}), and DPSA's analytics client names the department it reads.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Submitted and accepted reports, as JSON, DHIS2 dataValueSets and ADX")
class ReportsController {

    private static final String PROBLEM = "application/problem+json";

    private final ApiReports reports;

    ReportsController(ApiReports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listReports", summary = "Submitted and accepted reports the caller may read, newest "
            + "submission first",
            description = "A department system sees its own department's reports; DPSA's analytics client sees "
                    + "every department's and may filter by department. Returned versions are not listed.")
    @ApiResponse(responseCode = "200", description = "A page of reports", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportsJson.ReportPage.class),
            examples = @ExampleObject(name = "page", value = ApiExamples.REPORT_PAGE)))
    @ApiResponse(responseCode = "422", description = "A parameter is not valid", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "size", value = ApiExamples.INVALID_SIZE)))
    @ApiResponse(responseCode = "403", description = "Not an API client of the portal", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ReportsJson.ReportPage list(
            @Parameter(description = "DPSA analytics only: a department code to filter by",
                    example = ApiExamples.DEPARTMENT)
            @RequestParam(required = false) String department,
            @Parameter(description = "The year the financial year starts in (2026 is 2026/27)", example = "2026")
            @RequestParam(required = false) String financialYear,
            @Parameter(description = "A period id: 2026-27-Q1 for a quarter, 2026-27 for a financial year",
                    example = ApiExamples.PERIOD)
            @RequestParam(required = false) String period,
            @Parameter(description = "Page number, from 0", example = "0")
            @RequestParam(required = false) String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20")
            @RequestParam(required = false) String size) {
        return reports.list(department, financialYear, period, page, size);
    }

    @GetMapping(path = "/{period}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getReport", summary = "One department's submitted report of a period, every figure",
            description = "The latest version DPSA has not returned. A department system reads its own department's "
                    + "only and must not send department; DPSA's analytics client must send it.")
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ReportsJson.ReportDocument.class),
            examples = @ExampleObject(name = "report", value = ApiExamples.REPORT)))
    @ApiResponse(responseCode = "404", description = "No submitted report of that department and period",
            content = @Content(mediaType = PROBLEM,
                    examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "A malformed period, or department where it is not allowed "
            + "or missing", content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "period", value = ApiExamples.INVALID_PERIOD),
                    @ExampleObject(name = "department", value = ApiExamples.INVALID_DEPARTMENT)}))
    @ApiResponse(responseCode = "403", description = "Not an API client of the portal", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ReportsJson.ReportDocument report(
            @Parameter(description = "Period id: 2026-27-Q1 for a quarter, 2026-27 for a financial year",
                    example = ApiExamples.PERIOD)
            @PathVariable String period,
            @Parameter(description = "DPSA analytics only (required there): the department code",
                    example = ApiExamples.DEPARTMENT)
            @RequestParam(required = false) String department) {
        return reports.document(reports.report(period, department));
    }

    @GetMapping(path = "/{period}/dataValueSets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getReportDataValueSet", summary = "One report as a DHIS2 dataValueSets document",
            description = "Data element = indicator code, orgUnit = department code, period = DHIS2 period "
                    + "(2026/27 Q1 is 2026Q2). Import with POST /api/dataValueSets?idScheme=CODE.")
    @ApiResponse(responseCode = "200", description = "The DHIS2 document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ReportsJson.DataValueSet.class),
            examples = @ExampleObject(name = "dataValueSet", value = ApiExamples.DATA_VALUE_SET)))
    @ApiResponse(responseCode = "404", description = "No submitted report of that department and period",
            content = @Content(mediaType = PROBLEM,
                    examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "A malformed period, or department where it is not allowed "
            + "or missing", content = @Content(mediaType = PROBLEM,
                    examples = @ExampleObject(name = "period", value = ApiExamples.INVALID_PERIOD)))
    @ApiResponse(responseCode = "403", description = "Not an API client of the portal", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ReportsJson.DataValueSet dataValueSet(
            @Parameter(description = "Period id", example = ApiExamples.PERIOD) @PathVariable String period,
            @Parameter(description = "DPSA analytics only (required there): the department code",
                    example = ApiExamples.DEPARTMENT)
            @RequestParam(required = false) String department) {
        ApiReports.Submitted report = reports.report(period, department);
        return Dhis2Exports.dataValueSet(report.period(), report.snapshot(), report.submission().getSubmittedAt());
    }

    @GetMapping(path = "/{period}/adx", produces = Dhis2Exports.ADX_MEDIA_TYPE)
    @Operation(operationId = "getReportAdx", summary = "One report as ADX XML (IHE QRPH)",
            description = "Namespace urn:ihe:qrph:adx:2015; the group's period is the ISO 8601 start and "
                    + "duration (2026-04-01/P3M for 2026/27 Q1, 2026-04-01/P1Y for 2026/27).")
    @ApiResponse(responseCode = "200", description = "The ADX document", content = @Content(
            mediaType = Dhis2Exports.ADX_MEDIA_TYPE, schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "adx", value = ApiExamples.ADX)))
    @ApiResponse(responseCode = "404", description = "No submitted report of that department and period",
            content = @Content(mediaType = PROBLEM,
                    examples = @ExampleObject(name = "notFound", value = ApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "A malformed period, or department where it is not allowed "
            + "or missing", content = @Content(mediaType = PROBLEM,
                    examples = @ExampleObject(name = "period", value = ApiExamples.INVALID_PERIOD)))
    @ApiResponse(responseCode = "403", description = "Not an API client of the portal", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    ResponseEntity<byte[]> adx(
            @Parameter(description = "Period id", example = ApiExamples.PERIOD) @PathVariable String period,
            @Parameter(description = "DPSA analytics only (required there): the department code",
                    example = ApiExamples.DEPARTMENT)
            @RequestParam(required = false) String department) {
        ApiReports.Submitted report = reports.report(period, department);
        return adxResponse(Dhis2Exports.adx(report.period(), List.of(report.snapshot()), reports.now()));
    }

    static ResponseEntity<byte[]> adxResponse(byte[] xml) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Dhis2Exports.ADX_MEDIA_TYPE)).body(xml);
    }
}
