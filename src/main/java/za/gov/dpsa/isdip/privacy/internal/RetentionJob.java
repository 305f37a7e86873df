package za.gov.dpsa.isdip.privacy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.privacy.PersonalDataSource;
import za.gov.dpsa.isdip.privacy.data.platform.RetentionRunEntity;
import za.gov.dpsa.isdip.privacy.data.platform.RetentionRunRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Anonymises, in every active department, the records whose retention period has passed, and keeps a report
 * of what it did (counts per department and record type, in the platform database). Runs nightly; DPSA can
 * run it for every department and a department administrator for their own.
 */
@Component
public class RetentionJob {

    /** The audit trail's action for a record the job anonymised. */
    public static final String AUDIT_ACTION = "RETENTION_ANONYMISED";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final int BATCH = 200;
    /** Anonymising a backlog in every department may take long; the next run is a day later. */
    static final ClusterJobs.Job JOB = new ClusterJobs.Job("privacy.retention", Duration.ofHours(4),
            Duration.ofMinutes(10));

    public record Line(String departmentId, String recordType, Period retention, Instant cutoff, int anonymised,
                       String failure) {
    }

    public record Report(String runId, Instant ranAt, String startedBy, List<Line> lines) {
        public int anonymised() {
            return lines.stream().mapToInt(Line::anonymised).sum();
        }
    }

    private final RetentionRules rules;
    private final RetentionRunRepository runs;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;
    private final ClusterJobs clusterJobs;
    private final Clock clock;

    RetentionJob(RetentionRules rules, RetentionRunRepository runs, TenantWork tenantWork, AuditTrail auditTrail,
                 ClusterJobs clusterJobs, Clock clock) {
        this.rules = rules;
        this.runs = runs;
        this.tenantWork = tenantWork;
        this.auditTrail = auditTrail;
        this.clusterJobs = clusterJobs;
        this.clock = clock;
    }

    // Claimed in the platform database first (ClusterJobs): one instance runs it, the others skip.
    @Scheduled(cron = "${isdip.privacy.retention-cron:0 15 2 * * *}", zone = "Africa/Johannesburg")
    public ClusterJobs.Outcome nightly() {
        return clusterJobs.run(JOB, () -> {
            Report report = runEverywhere(clock.instant(), "system");
            log.info("Retention run {} anonymised {} records", report.runId(), report.anonymised());
            List<String> failed = report.lines().stream().filter(l -> l.failure() != null).map(Line::departmentId)
                    .distinct().toList();
            if (!failed.isEmpty()) {
                // The report keeps the failures; the next night's run anonymises what was left.
                throw new IllegalStateException("Retention run " + report.runId() + " failed in " + failed);
            }
        });
    }

    /** DPSA: every active department, now. */
    public Report runForAllDepartments() {
        PortalUser user = PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only DPSA runs retention for every department"));
        return runEverywhere(clock.instant(), user.username());
    }

    /** A department administrator: their own department, now, in the current request's context. */
    @Transactional
    public Report runForMyDepartment() {
        PortalUser user = PortalUser.current().filter(u -> u.hasRole(PortalRole.DEPT_ADMIN)).orElseThrow(
                () -> new AccessDeniedException("Only the department's administrator runs its retention"));
        String departmentId = user.workingDepartment()
                .orElseThrow(() -> new AccessDeniedException("Retention runs in the administrator's department"));
        Instant now = clock.instant();
        Report report = new Report(UUID.randomUUID().toString(), now, user.username(), anonymisePast(departmentId, now));
        store(report);
        return report;
    }

    /** Every active department as of {@code now}, each in its own transaction; a failing one is reported. */
    Report runEverywhere(Instant now, String startedBy) {
        List<Line> lines = new ArrayList<>();
        tenantWork.forEachDepartment(department -> lines.addAll(anonymisePast(department.id(), now)),
                (department, failure) -> {
                    log.warn("Retention failed in {}: {}", department.id(), failure.toString());
                    for (RetentionRules.Rule rule : rules.rules()) {
                        lines.add(new Line(department.id(), rule.source().recordType(), rule.retention(),
                                cutoff(now, rule.retention()), 0, abbreviate(failure.toString())));
                    }
                });
        Report report = new Report(UUID.randomUUID().toString(), now, startedBy, lines);
        store(report);
        return report;
    }

    /** The latest runs the signed-in user may see: DPSA every department's, an administrator their own. */
    public List<Report> recentRuns(int limit) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        // The runs first, then all their lines: a run over many departments has many lines, and a report must
        // never be cut short.
        List<String> runIds;
        List<RetentionRunEntity> rows;
        if (user.hasRole(PortalRole.DPSA_ADMIN)) {
            runIds = tenantWork.inPlatform(() -> runs.recentRunIds(Limit.of(limit)));
            rows = runIds.isEmpty() ? List.of() : tenantWork.inPlatform(() -> runs.findByRunIdInOrderByIdAsc(runIds));
        } else if (user.hasRole(PortalRole.DEPT_ADMIN) && user.workingDepartment().isPresent()) {
            String departmentId = user.workingDepartment().get();
            runIds = tenantWork.inPlatform(() -> runs.recentRunIdsOf(departmentId, Limit.of(limit)));
            rows = runIds.isEmpty() ? List.of() : tenantWork.inPlatform(
                    () -> runs.findByRunIdInAndDepartmentIdOrderByIdAsc(runIds, departmentId));
        } else {
            throw new AccessDeniedException("Retention reports are for department administrators and DPSA");
        }
        Map<String, List<RetentionRunEntity>> byRun = new LinkedHashMap<>();
        runIds.forEach(id -> byRun.put(id, new ArrayList<>()));
        rows.forEach(r -> byRun.get(r.getRunId()).add(r));
        return byRun.values().stream().filter(list -> !list.isEmpty()).map(list -> {
            RetentionRunEntity first = list.getFirst();
            return new Report(first.getRunId(), first.getRanAt(), first.getStartedBy(), list.stream()
                    .map(r -> new Line(r.getDepartmentId(), r.getRecordType(), Period.parse(r.getRetention()),
                            r.getCutoff(), r.getAnonymised(), r.getFailure())).toList());
        }).toList();
    }

    private List<Line> anonymisePast(String departmentId, Instant now) {
        List<Line> lines = new ArrayList<>();
        for (RetentionRules.Rule rule : rules.rules()) {
            PersonalDataSource source = rule.source();
            Instant cutoff = cutoff(now, rule.retention());
            Set<String> done = new HashSet<>();
            while (true) {
                List<String> due = source.pastRetention(cutoff, BATCH).stream().filter(done::add).toList();
                if (due.isEmpty()) {
                    break;
                }
                for (String recordId : due) {
                    source.anonymise(recordId);
                    auditTrail.record(AUDIT_ACTION, source.recordType(), recordId,
                            "retention " + rule.retention() + " passed");
                }
            }
            lines.add(new Line(departmentId, source.recordType(), rule.retention(), cutoff, done.size(), null));
        }
        return lines;
    }

    private void store(Report report) {
        tenantWork.inPlatform(() -> report.lines().forEach(line -> runs.save(new RetentionRunEntity(report.runId(),
                line.departmentId(), report.ranAt(), report.startedBy(), line.recordType(), line.retention().toString(),
                line.cutoff(), line.anonymised(), line.failure()))));
    }

    private static Instant cutoff(Instant now, Period retention) {
        return now.atZone(PortalTime.ZONE).minus(retention).toInstant();
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
