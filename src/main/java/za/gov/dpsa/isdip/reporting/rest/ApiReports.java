package za.gov.dpsa.isdip.reporting.rest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.ReportingConsole;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionRepository;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;
import za.gov.dpsa.isdip.reporting.internal.ReportTemplates;
import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * What the reports API reads: submitted snapshots only, never a department's live data. A department client reads
 * its own department's reports; DPSA's analytics client reads every department's, and DPSA's console figures. A
 * report the caller may not see answers exactly as one that does not exist.
 */
@Service
class ApiReports {

    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;
    /** What the console shows when no financial year is asked for. */
    static final int MATRIX_PERIODS = 8;
    /** A returned version is superseded; only these are a department's report. */
    private static final Set<SubmissionStatus> VISIBLE = EnumSet.of(SubmissionStatus.SUBMITTED,
            SubmissionStatus.ACCEPTED);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ReportSubmissionRepository submissions;
    private final ReportingPeriods periods;
    private final ReportingConsole console;
    private final ReportTemplates template;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final Clock clock;

    ApiReports(ReportSubmissionRepository submissions, ReportingPeriods periods, ReportingConsole console,
               ReportTemplates template, DepartmentDirectory directory, TenantWork tenantWork, Clock clock) {
        this.submissions = submissions;
        this.periods = periods;
        this.console = console;
        this.template = template;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** A submitted report with its period and the parsed snapshot. */
    record Submitted(ReportingPeriod period, ReportSubmissionEntity submission, ReportSnapshot snapshot) {
    }

    ReportsJson.ReportPage list(String departmentFilter, String financialYear, String period, String page,
                                String size) {
        ApiCaller caller = ApiCaller.current();
        int pageNumber = integer("page", page, 0, "api.report.invalid.page");
        int pageSize = integer("size", size, DEFAULT_PAGE_SIZE, "api.report.invalid.size", MAX_PAGE_SIZE);
        if (pageNumber < 0) {
            throw new InvalidInput("page", "api.report.invalid.page");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "api.report.invalid.size", MAX_PAGE_SIZE);
        }
        Integer year = financialYear == null || financialYear.isBlank() ? null
                : integer("financialYear", financialYear, 0, "api.report.invalid.financialYear");
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("financialYear", "api.report.invalid.financialYear");
        }
        int[] wanted = period == null || period.isBlank() ? null : parsePeriod(period);
        String department = department(caller, departmentFilter, true);

        Map<Long, ReportingPeriod> shown = periods.all().stream()
                .filter(p -> year == null || p.fiscalYear() == year)
                .filter(p -> wanted == null || p.fiscalYear() == wanted[0] && p.quarter() == wanted[1])
                .collect(Collectors.toMap(ReportingPeriod::id, p -> p));
        if (shown.isEmpty()) {
            return new ReportsJson.ReportPage(List.of(), pageNumber, pageSize, 0, 0, null);
        }
        PageRequest request = PageRequest.of(pageNumber, pageSize,
                Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")));
        Page<ReportSubmissionEntity> found = tenantWork.inPlatform(() -> department == null
                ? submissions.findByStatusInAndPeriodIdIn(VISIBLE, shown.keySet(), request)
                : submissions.findByStatusInAndDepartmentIdAndPeriodIdIn(VISIBLE, department, shown.keySet(),
                        request));
        String next = found.hasNext() ? nextPage(departmentFilter, financialYear, period, pageNumber + 1, pageSize)
                : null;
        return new ReportsJson.ReportPage(found.getContent().stream()
                .map(s -> summary(shown.get(s.getPeriodId()), s)).toList(), pageNumber, pageSize,
                found.getTotalElements(), found.getTotalPages(), next);
    }

    /** The same list's next page, as the cases' list names it (one paging shape across the API). */
    private static String nextPage(String department, String financialYear, String period, int page, int size) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/v1/reports");
        if (department != null && !department.isBlank()) {
            uri.queryParam("department", department);
        }
        if (financialYear != null && !financialYear.isBlank()) {
            uri.queryParam("financialYear", financialYear);
        }
        if (period != null && !period.isBlank()) {
            uri.queryParam("period", period);
        }
        return uri.queryParam("page", page).queryParam("size", size).encode().build().toUriString();
    }

    /** The caller's (or, for analytics, the named department's) report of a period. */
    Submitted report(String periodId, String departmentParameter) {
        ApiCaller caller = ApiCaller.current();
        ReportingPeriod period = period(periodId);
        String department = department(caller, departmentParameter, false);
        return tenantWork.inPlatform(() -> submissions.findTopByDepartmentIdAndPeriodIdOrderByVersionDesc(
                        department, period.id()))
                .filter(s -> VISIBLE.contains(s.getStatus()))
                .map(s -> new Submitted(period, s, ReportSnapshot.fromJson(s.getContent())))
                .orElseThrow(() -> new NotFound("No submitted report of " + department + " for " + periodId));
    }

    ReportsJson.ReportDocument document(Submitted report) {
        ReportSnapshot snapshot = report.snapshot();
        ReportSubmissionEntity s = report.submission();
        Map<String, Indicator> indicators = template.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i));
        List<ReportsJson.Figure> figures = snapshot.figures().stream().map(f -> {
            Indicator indicator = indicators.get(f.code());
            return new ReportsJson.Figure(f.code(), indicator == null ? null : indicator.domain().name(),
                    indicator == null ? null : indicator.unit(), plain(f.value()), f.manual(), f.narrative());
        }).toList();
        ReportingPeriod p = report.period();
        return new ReportsJson.ReportDocument(snapshot.departmentId(), snapshot.departmentName(), snapshot.sphere(),
                snapshot.province(), PeriodIds.of(p), p.label(), Dhis2Periods.isoPeriod(p), p.startsOn().toString(),
                p.endsOn().toString(), s.getVersion(), s.getStatus().name(), time(s.getSubmittedAt()),
                time(s.getReviewedAt()), snapshot.templateVersion(), s.getChecksum(), figures);
    }

    /** A period and every department's report of it, by department code. */
    record PeriodReports(ReportingPeriod period, List<ReportSnapshot> snapshots) {
    }

    /**
     * Every department's latest report of the period that DPSA has not returned: what the consolidation counts.
     */
    PeriodReports submittedIn(String periodId) {
        ApiCaller.current().requireAnalytics();
        ReportingPeriod period = period(periodId);
        List<ReportSnapshot> snapshots = tenantWork.inPlatform(() -> submissions.findByPeriodIdIn(
                        Set.of(period.id()))).stream()
                .collect(Collectors.toMap(ReportSubmissionEntity::getDepartmentId, s -> s,
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b))
                .values().stream().filter(s -> VISIBLE.contains(s.getStatus()))
                .sorted(Comparator.comparing(ReportSubmissionEntity::getDepartmentId))
                .map(s -> ReportSnapshot.fromJson(s.getContent()))
                .toList();
        return new PeriodReports(period, snapshots);
    }

    ReportsJson.Consolidation consolidation(String periodId) {
        ApiCaller.current().requireAnalytics();
        ReportingPeriod period = period(periodId);
        List<ReportsJson.Consolidated> lines = console.consolidate(period.id(), ReportingConsole.Scope.ALL).stream()
                .map(c -> new ReportsJson.Consolidated(c.indicator().code(), c.indicator().unit(),
                        c.indicator().aggregation().name(), plain(c.national()), c.departments(),
                        plain(c.bySphere()), plain(c.byProvince())))
                .toList();
        return new ReportsJson.Consolidation(PeriodIds.of(period), period.label(), Dhis2Periods.isoPeriod(period),
                lines);
    }

    ReportsJson.Matrix matrix(String financialYear) {
        ApiCaller.current().requireAnalytics();
        Integer year = financialYear == null || financialYear.isBlank() ? null
                : integer("financialYear", financialYear, 0, "api.report.invalid.financialYear");
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("financialYear", "api.report.invalid.financialYear");
        }
        ReportingConsole.Matrix matrix = console.matrix(ReportingConsole.Scope.ALL,
                year == null ? MATRIX_PERIODS : Integer.MAX_VALUE);
        List<ReportingPeriod> shown = matrix.periods().stream().filter(p -> year == null || p.fiscalYear() == year)
                .toList();
        Map<String, Boolean> onTime = firstVersionsOnTime(shown);
        List<ReportsJson.MatrixRow> rows = matrix.rows().stream().map(row -> new ReportsJson.MatrixRow(
                row.department().id(), row.department().name(), row.department().sphere().name(),
                row.department().province() == null ? null : row.department().province().displayName(),
                shown.stream().map(p -> new ReportsJson.MatrixCell(PeriodIds.of(p),
                        row.cells().get(p.id()).name(), onTime.get(row.department().id() + "/" + p.id()))).toList()))
                .toList();
        List<ReportsJson.Rates> rates = shown.stream().map(p -> {
            ReportingConsole.Rates r = matrix.rates().get(p.id());
            return new ReportsJson.Rates(PeriodIds.of(p), r.expected(), r.received(), r.onTime(), r.reportingRate(),
                    r.timeliness());
        }).toList();
        return new ReportsJson.Matrix(shown.stream().map(ApiReports::period).toList(), rows, rates);
    }

    Instant now() {
        return clock.instant();
    }

    /** Whether each department's first version of each period arrived by the due date, as the rates count it. */
    private Map<String, Boolean> firstVersionsOnTime(List<ReportingPeriod> shown) {
        Map<Long, ReportingPeriod> byId = shown.stream().collect(Collectors.toMap(ReportingPeriod::id, p -> p));
        Map<String, ReportSubmissionEntity> first = new HashMap<>();
        if (!byId.isEmpty()) {
            tenantWork.inPlatform(() -> submissions.findByPeriodIdIn(byId.keySet())).forEach(s -> first.merge(
                    s.getDepartmentId() + "/" + s.getPeriodId(), s, (a, b) -> a.getVersion() <= b.getVersion() ? a : b));
        }
        Map<String, Boolean> onTime = new HashMap<>();
        first.forEach((cell, s) -> onTime.put(cell, byId.get(s.getPeriodId()).onTime(s.getSubmittedAt(),
                PortalTime.ZONE)));
        return onTime;
    }

    /**
     * The department whose reports are read: a department client's own, from its token, with no parameter to
     * choose another; for DPSA analytics the one it names (required for one report, a filter in the list).
     */
    private String department(ApiCaller caller, String parameter, boolean optional) {
        boolean given = parameter != null && !parameter.isBlank();
        if (!caller.analytics()) {
            if (given) {
                throw new InvalidInput("department", "api.report.invalid.departmentNotAllowed");
            }
            return caller.department().orElseThrow();
        }
        if (!given) {
            if (optional) {
                return null;
            }
            throw new InvalidInput("department", "api.report.invalid.departmentRequired");
        }
        String code = parameter.strip();
        Optional<Department> department = directory.find(code);
        if (department.isEmpty()) {
            if (optional) {
                throw new InvalidInput("department", "api.report.invalid.department", code);
            }
            throw new NotFound("No department " + code);
        }
        return department.get().id();
    }

    /** An opened period by its API id; a well-formed id DPSA never opened is not found. */
    private ReportingPeriod period(String id) {
        int[] wanted = parsePeriod(id);
        return periods.all().stream().filter(p -> p.fiscalYear() == wanted[0] && p.quarter() == wanted[1])
                .findFirst().orElseThrow(() -> new NotFound("No reporting period " + id));
    }

    private static int[] parsePeriod(String id) {
        return PeriodIds.parse(id).orElseThrow(() -> new InvalidInput("period", "api.report.invalid.period",
                id == null ? "" : id));
    }

    private static int integer(String field, String raw, int absent, String key, Object... arguments) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, key, arguments);
        }
    }

    private static ReportsJson.ReportSummary summary(ReportingPeriod p, ReportSubmissionEntity s) {
        return new ReportsJson.ReportSummary(s.getDepartmentId(), s.getDepartmentName(), PeriodIds.of(p), p.label(),
                Dhis2Periods.isoPeriod(p), s.getVersion(), s.getStatus().name(), time(s.getSubmittedAt()),
                time(s.getReviewedAt()), s.getChecksum());
    }

    private static ReportsJson.Period period(ReportingPeriod p) {
        return new ReportsJson.Period(PeriodIds.of(p), p.label(), Dhis2Periods.isoPeriod(p),
                p.startsOn().toString(), p.endsOn().toString(), p.dueOn().toString());
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(PortalTime.ZONE).toOffsetDateTime());
    }

    /** A figure as a JSON number in plain notation: 100, not 1E+2. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }

    private static Map<String, BigDecimal> plain(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> result = new java.util.TreeMap<>();
        values.forEach((k, v) -> result.put(k, plain(v)));
        return result;
    }
}
