package za.gov.dpsa.isdip.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.reporting.data.platform.ReportProgressRepository;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionRepository;
import za.gov.dpsa.isdip.reporting.internal.ConsoleCell;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.ReportExceptions;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;
import za.gov.dpsa.isdip.reporting.internal.ReportTemplates;
import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;
import za.gov.dpsa.isdip.reporting.internal.SubmissionSummary;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.SystemClient;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * DPSA's view of reporting across departments, read from submitted snapshots and progress markers only, never
 * from a department's own tables: the status matrix with reporting and timeliness rates, the national
 * consolidation per indicator, and the review of one submission.
 */
@Service
public class ReportingConsole {

    private final ReportSubmissionRepository submissions;
    private final ReportProgressRepository progress;
    private final ReportingPeriods periods;
    private final ReportTemplates template;
    private final DepartmentDirectory directory;
    private final Notifications notifications;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ReportingConsole(ReportSubmissionRepository submissions, ReportProgressRepository progress,
                     ReportingPeriods periods, ReportTemplates template, DepartmentDirectory directory,
                     Notifications notifications, TenantWork tenantWork, Clock clock,
                     ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.submissions = submissions;
        this.progress = progress;
        this.periods = periods;
        this.template = template;
        this.directory = directory;
        this.notifications = notifications;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** Which departments to show: all, one sphere, or one province. */
    public record Scope(Sphere sphere, Province province) {
        public static final Scope ALL = new Scope(null, null);

        boolean includes(Department d) {
            return (sphere == null || d.sphere() == sphere) && (province == null || d.province() == province);
        }
    }

    /** The matrix: a row per department, a cell per period, and the rates per period. */
    public record Matrix(List<ReportingPeriod> periods, List<Row> rows, Map<Long, Rates> rates) {
        /** A department's cells, by period id, with the submission each cell opens (if any). */
        public record Row(Department department, Map<Long, ConsoleCell> cells, Map<Long, Long> submissionIds) {
        }
    }

    /** Reporting rate (received / expected) and timeliness (received on time / expected), as shares. */
    public record Rates(int expected, int received, int onTime) {
        public double reportingRate() {
            return expected == 0 ? 0 : (double) received / expected;
        }

        public double timeliness() {
            return expected == 0 ? 0 : (double) onTime / expected;
        }
    }

    public Matrix matrix(Scope scope, int lastPeriods) {
        requireDpsaReader();
        List<ReportingPeriod> shown = periods.all().stream().limit(lastPeriods)
                .sorted(Comparator.comparing(ReportingPeriod::startsOn)).toList();
        List<Department> departments = directory.all().stream().filter(Department::active).filter(scope::includes)
                .toList();
        Set<Long> ids = shown.stream().map(ReportingPeriod::id).collect(Collectors.toSet());
        List<ReportSubmissionEntity> all = tenantWork.inPlatform(() -> submissions.findByPeriodIdIn(ids));
        Set<String> drafted = new HashSet<>();
        tenantWork.inPlatform(() -> progress.findByPeriodIdIn(ids))
                .forEach(p -> drafted.add(p.getDepartmentId() + "/" + p.getPeriodId()));
        Map<String, List<ReportSubmissionEntity>> byCell = all.stream().collect(Collectors.groupingBy(
                s -> s.getDepartmentId() + "/" + s.getPeriodId()));
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        List<Matrix.Row> rows = new ArrayList<>();
        Map<Long, int[]> counts = new HashMap<>();
        for (Department department : departments) {
            Map<Long, ConsoleCell> cells = new LinkedHashMap<>();
            Map<Long, Long> opens = new HashMap<>();
            for (ReportingPeriod period : shown) {
                List<ReportSubmissionEntity> versions = byCell.getOrDefault(department.id() + "/" + period.id(),
                        List.of());
                ReportSubmissionEntity latest = versions.stream()
                        .max(Comparator.comparingInt(ReportSubmissionEntity::getVersion)).orElse(null);
                ConsoleCell cell;
                if (latest != null) {
                    cell = switch (latest.getStatus()) {
                        case SUBMITTED -> ConsoleCell.SUBMITTED;
                        case ACCEPTED -> ConsoleCell.ACCEPTED;
                        case RETURNED -> ConsoleCell.RETURNED;
                    };
                    opens.put(period.id(), latest.getId());
                } else if (today.isAfter(period.dueOn())) {
                    cell = ConsoleCell.LATE;
                } else {
                    cell = drafted.contains(department.id() + "/" + period.id()) ? ConsoleCell.DRAFT
                            : ConsoleCell.NOT_STARTED;
                }
                cells.put(period.id(), cell);
                int[] c = counts.computeIfAbsent(period.id(), k -> new int[3]);
                c[0]++;
                if (!versions.isEmpty()) {
                    c[1]++;
                    ReportSubmissionEntity first = versions.stream()
                            .min(Comparator.comparingInt(ReportSubmissionEntity::getVersion)).orElseThrow();
                    if (period.onTime(first.getSubmittedAt(), PortalTime.ZONE)) {
                        c[2]++;
                    }
                }
            }
            rows.add(new Matrix.Row(department, cells, opens));
        }
        Map<Long, Rates> rates = new LinkedHashMap<>();
        shown.forEach(p -> {
            int[] c = counts.getOrDefault(p.id(), new int[3]);
            rates.put(p.id(), new Rates(c[0], c[1], c[2]));
        });
        return new Matrix(shown, rows, rates);
    }

    /** National figure of one indicator: its value and the breakdowns by sphere and province. */
    public record Consolidated(Indicator indicator, BigDecimal national, int departments,
                               Map<String, BigDecimal> bySphere, Map<String, BigDecimal> byProvince) {
    }

    /**
     * The national consolidation of a period from the latest submission of each department that DPSA has not
     * returned: sums for counts, averages across departments for shares and durations.
     */
    public List<Consolidated> consolidate(long periodId, Scope scope) {
        requireDpsaReader();
        List<ReportSnapshot> snapshots = latestSnapshots(Set.of(periodId), scope).getOrDefault(periodId, List.of());
        List<Consolidated> result = new ArrayList<>();
        for (Indicator indicator : template.indicators()) {
            result.add(new Consolidated(indicator, combine(indicator, snapshots), count(indicator, snapshots),
                    group(indicator, snapshots, ReportSnapshot::sphere),
                    group(indicator, snapshots, s -> s.province() == null ? "National" : s.province())));
        }
        return result;
    }

    /** One indicator's national figure for each of the last periods, oldest first. */
    public Map<String, BigDecimal> trend(String code, Scope scope, int lastPeriods) {
        requireDpsaReader();
        Indicator indicator = template.indicator(code).orElseThrow(() -> new NotFound("No such report or period for this user"));
        List<ReportingPeriod> shown = periods.all().stream().limit(lastPeriods)
                .sorted(Comparator.comparing(ReportingPeriod::startsOn)).toList();
        Map<Long, List<ReportSnapshot>> snapshots = latestSnapshots(
                shown.stream().map(ReportingPeriod::id).collect(Collectors.toSet()), scope);
        Map<String, BigDecimal> trend = new LinkedHashMap<>();
        for (ReportingPeriod period : shown) {
            trend.put(period.label(), combine(indicator, snapshots.getOrDefault(period.id(), List.of())));
        }
        return trend;
    }

    /** One submission as DPSA reviews it. */
    public record Review(SubmissionSummary summary, ReportSnapshot snapshot) {
    }

    public Review review(long submissionId) {
        requireDpsa();
        return tenantWork.inPlatform(() -> submissions.findById(submissionId)
                .map(s -> new Review(DepartmentReports.summary(s), ReportSnapshot.fromJson(s.getContent())))
                .orElseThrow(() -> new NotFound("No such report or period for this user")));
    }

    /** Accepts a submitted version; its figures are locked from then on. */
    public void accept(long submissionId, long rowVersion) {
        decide(submissionId, rowVersion, SubmissionStatus.ACCEPTED, null, "notification.report.accepted");
    }

    /** Returns a submitted version with the reasons; the department corrects it and submits the next version. */
    public void returnToDepartment(long submissionId, long rowVersion, String reason) {
        if (reason == null || reason.strip().length() < 10) {
            throw new InvalidInput("reason", "report.invalid.reason");
        }
        decide(submissionId, rowVersion, SubmissionStatus.RETURNED, reason.strip(), "notification.report.returned");
    }

    private void decide(long submissionId, long rowVersion, SubmissionStatus outcome, String reason, String key) {
        PortalUser user = requireDpsa();
        ReportSubmissionEntity decided = tenantWork.inPlatform(() -> {
            ReportSubmissionEntity s = submissions.findById(submissionId).orElseThrow(() -> new NotFound("No such report or period for this user"));
            if (s.getRowVersion() != rowVersion) {
                throw new Conflict("Changed by someone else meanwhile", "report.conflict");
            }
            if (s.getStatus() != SubmissionStatus.SUBMITTED) {
                throw new ReportExceptions.Locked();
            }
            s.review(outcome, reason, user.displayName(), clock.instant());
            publisher.publishEvent(new ReportStatusChanged(s.getDepartmentId(), s.getPeriodId(), outcome.name(),
                    clock.instant()));
            return s;
        });
        String label = periods.find(decided.getPeriodId()).map(ReportingPeriod::label).orElse("");
        tenantWork.deliverTo(decided.getDepartmentId(), "dpsa.accessLog.deliver.report." + outcome,
                List.of(label, String.valueOf(decided.getVersion())), () -> {
            notifications.notifyRole(PortalRole.DEPT_REPORTER, key, List.of(label,
                    String.valueOf(decided.getVersion()), reason == null ? "" : reason), "reporting");
            return null;
        });
    }

    private Map<Long, List<ReportSnapshot>> latestSnapshots(Set<Long> periodIds, Scope scope) {
        Set<String> inScope = directory.all().stream().filter(scope::includes).map(Department::id)
                .collect(Collectors.toSet());
        List<ReportSubmissionEntity> all = tenantWork.inPlatform(() -> submissions.findByPeriodIdIn(periodIds));
        Map<String, ReportSubmissionEntity> latest = new HashMap<>();
        for (ReportSubmissionEntity s : all) {
            if (!inScope.contains(s.getDepartmentId())) {
                continue;
            }
            latest.merge(s.getDepartmentId() + "/" + s.getPeriodId(), s,
                    (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
        }
        Map<Long, List<ReportSnapshot>> byPeriod = new HashMap<>();
        latest.values().stream().filter(s -> s.getStatus() != SubmissionStatus.RETURNED)
                .forEach(s -> byPeriod.computeIfAbsent(s.getPeriodId(), k -> new ArrayList<>())
                        .add(ReportSnapshot.fromJson(s.getContent())));
        return byPeriod;
    }

    private static Map<String, BigDecimal> group(Indicator indicator, List<ReportSnapshot> snapshots,
                                                 java.util.function.Function<ReportSnapshot, String> key) {
        Map<String, List<ReportSnapshot>> groups = snapshots.stream().collect(Collectors.groupingBy(key));
        Map<String, BigDecimal> result = new TreeMap<>();
        groups.forEach((name, members) -> result.put(name, combine(indicator, members)));
        return result;
    }

    static BigDecimal combine(Indicator indicator, List<ReportSnapshot> snapshots) {
        List<BigDecimal> values = snapshots.stream().map(s -> s.value(indicator.code())).filter(v -> v != null)
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return indicator.aggregation() == Indicator.Aggregation.SUM ? sum
                : sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    private static int count(Indicator indicator, List<ReportSnapshot> snapshots) {
        return (int) snapshots.stream().filter(s -> s.value(indicator.code()) != null).count();
    }

    /**
     * The matrix, consolidation and trend are figures over snapshots, which DPSA's analytics client reads through the
     * API too; a submission's review (it names the officer) and the decisions stay with DPSA's super-admins.
     */
    private static PortalUser requireDpsaReader() {
        return PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN)
                        || u instanceof SystemClient client && client.readsAcrossDepartments())
                .orElseThrow(() -> new AccessDeniedException("Only DPSA reads the reporting console"));
    }

    private static PortalUser requireDpsa() {
        return PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only DPSA reads the reporting console"));
    }
}
