package za.gov.dpsa.isdip.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportStatusChanged;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.SourceRecord;
import za.gov.dpsa.isdip.reporting.data.department.ReportDraftEntity;
import za.gov.dpsa.isdip.reporting.data.department.ReportDraftRepository;
import za.gov.dpsa.isdip.reporting.data.platform.ReportProgressEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportProgressRepository;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionEntity;
import za.gov.dpsa.isdip.reporting.data.platform.ReportSubmissionRepository;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * The department side of reporting: a report assembled from the department's live data, narratives and manual
 * figures kept in its own database, and one-click submission of an immutable snapshot to the platform store.
 * The department is always the one of the signed-in user's token.
 */
@Service
public class DepartmentReports {

    static final int SOURCE_LIMIT = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportTemplates template;
    private final ReportingPeriods periods;
    private final ReportDraftRepository drafts;
    private final ReportSubmissionRepository submissions;
    private final ReportProgressRepository progress;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final SubmissionMetrics metrics;
    private final ApplicationEventPublisher publisher;

    DepartmentReports(ReportTemplates template, ReportingPeriods periods, ReportDraftRepository drafts,
                      ReportSubmissionRepository submissions, ReportProgressRepository progress,
                      DepartmentDirectory directory, TenantWork tenantWork, Clock clock,
                      SubmissionMetrics metrics, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.template = template;
        this.periods = periods;
        this.drafts = drafts;
        this.submissions = submissions;
        this.progress = progress;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * The report as it would be submitted now. No outer transaction: the platform reads (period, submissions)
     * and the department reads each take one connection at a time.
     */
    public DepartmentReport prepare(long periodId) {
        String departmentId = departmentOfUser();
        ReportingPeriod period = periods.find(periodId).orElseThrow(() -> new NotFound("No such report or period for this user"));
        Map<String, BigDecimal> computed = compute(period);
        Optional<ReportDraftEntity> draft = drafts.findById(periodId);
        Map<String, String> narratives = draft.map(d -> readMap(d.getNarratives())).orElse(Map.of());
        Map<String, String> manual = draft.map(d -> readMap(d.getManualValues())).orElse(Map.of());
        Optional<ReportSubmissionEntity> latest = latestSubmission(departmentId, periodId);
        ReportSnapshot submitted = latest.map(s -> ReportSnapshot.fromJson(s.getContent())).orElse(null);

        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<FigureLine> lines = template.indicators().stream().map(indicator -> {
            BigDecimal value = indicator.manual() ? decimal(manual.get(indicator.code()))
                    : computed.get(indicator.code());
            figures.put(indicator.code(), value);
            boolean changed = submitted != null && !indicator.manual()
                    && !same(value, submitted.value(indicator.code()));
            return new FigureLine(indicator, value, narratives.get(indicator.code()), changed);
        }).toList();
        List<ValidationRule> broken = template.rules().stream().filter(r -> !r.holds(figures)).toList();
        boolean editable = latest.isEmpty() || latest.get().getStatus() == SubmissionStatus.RETURNED;
        return new DepartmentReport(period, lines, broken, latest.map(DepartmentReports::summary).orElse(null),
                draft.map(ReportDraftEntity::getVersion).orElse(-1L), editable);
    }

    /** The records one computed figure counts. */
    public List<SourceRecord> sources(long periodId, String code) {
        departmentOfUser();
        ReportingPeriod period = periods.find(periodId).orElseThrow(() -> new NotFound("No such report or period for this user"));
        for (IndicatorContribution contribution : template.contributions()) {
            if (contribution.indicators().stream().anyMatch(i -> i.code().equals(code) && !i.manual())) {
                return contribution.sources(code, period, SOURCE_LIMIT);
            }
        }
        return List.of();
    }

    /** Saves narratives and manual figures; refused once submitted, and when someone saved meanwhile. */
    @Transactional
    public long saveDraft(long periodId, long expectedVersion, Map<String, String> narratives,
                          Map<String, String> manualValues) {
        PortalUser user = reporter();
        String departmentId = user.workingDepartment().orElseThrow();
        periods.find(periodId).orElseThrow(() -> new NotFound("No such report or period for this user"));
        latestSubmission(departmentId, periodId).filter(s -> s.getStatus() != SubmissionStatus.RETURNED)
                .ifPresent(s -> {
                    throw new ReportExceptions.Locked();
                });
        Map<String, String> manual = new HashMap<>();
        for (Indicator indicator : template.indicators()) {
            String raw = manualValues.get(indicator.code());
            if (indicator.manual() && raw != null && !raw.isBlank()) {
                BigDecimal value = decimal(raw);
                if (value == null) {
                    throw new InvalidInput(indicator.code(), "report.invalid.number");
                }
                manual.put(indicator.code(), value.toPlainString());
            }
        }
        Map<String, String> cleanNarratives = new HashMap<>();
        narratives.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                if (text.length() > 4000) {
                    throw new InvalidInput(code, "report.invalid.narrativeTooLong");
                }
                cleanNarratives.put(code, text.strip());
            }
        });
        Optional<ReportDraftEntity> existing = drafts.findById(periodId);
        // -1: the officer saw no draft; anything else: the version they saw.
        if (existing.map(ReportDraftEntity::getVersion).orElse(-1L) != expectedVersion) {
            throw new Conflict("Changed by someone else meanwhile", "report.conflict");
        }
        ReportDraftEntity draft = existing.orElseGet(() -> new ReportDraftEntity(periodId));
        draft.update(JSON.writeValueAsString(cleanNarratives), JSON.writeValueAsString(manual), user.username(),
                clock.instant());
        ReportDraftEntity saved = drafts.saveAndFlush(draft);
        markProgress(departmentId, periodId);
        return saved.getVersion();
    }

    /**
     * Submits the report as it stands: one click, idempotent. A double click, a retry or two officers at once
     * give one submission per version; the snapshot is one row, so a failure leaves nothing half-written.
     */
    public SubmissionSummary submit(long periodId) {
        return submit(periodId, clock.instant());
    }

    /**
     * For the demo history only ({@link ReportingDemoData}): the same submission, dated when a department would
     * have sent it, so past periods show real timeliness. Package-private: no screen or API can back-date one.
     */
    SubmissionSummary submitAsOf(long periodId, Instant submittedAt) {
        return submit(periodId, submittedAt);
    }

    private SubmissionSummary submit(long periodId, Instant submittedAt) {
        PortalUser user = reporter();
        String departmentId = user.workingDepartment().orElseThrow();
        try {
            return submit(user, departmentId, periodId, submittedAt);
        } catch (ReportExceptions.RulesBroken e) {
            metrics.refused(departmentId);
            throw e;
        } catch (RuntimeException e) {
            metrics.failed(departmentId);
            throw e;
        }
    }

    private SubmissionSummary submit(PortalUser user, String departmentId, long periodId, Instant submittedAt) {
        Optional<ReportSubmissionEntity> latest = latestSubmission(departmentId, periodId);
        if (latest.isPresent() && latest.get().getStatus() != SubmissionStatus.RETURNED) {
            return summary(latest.get());
        }
        DepartmentReport report = prepare(periodId);
        if (report.blocked()) {
            throw new ReportExceptions.RulesBroken(report.broken().stream()
                    .filter(r -> r.importance() == ValidationRule.Importance.HIGH).toList());
        }
        Department department = directory.find(departmentId).orElseThrow();
        int version = latest.map(s -> s.getVersion() + 1).orElse(1);
        ReportSnapshot snapshot = new ReportSnapshot(department.id(), department.name(), department.sphere().name(),
                department.province() == null ? null : department.province().displayName(), periodId,
                report.period().label(), template.currentVersion(), submittedAt,
                report.lines().stream().map(l -> new ReportSnapshot.Figure(l.indicator().code(), l.value(),
                        l.indicator().manual(), l.narrative())).toList());
        String content = snapshot.toJson();
        SubmissionSummary stored;
        try {
            stored = tenantWork.inPlatform(() -> {
                SubmissionSummary saved = summary(submissions.saveAndFlush(new ReportSubmissionEntity(
                        department.id(), department.name(), snapshot.sphere(), snapshot.province(), periodId, version,
                        snapshot.templateVersion(), user.username(), submittedAt, content,
                        ReportSnapshot.checksum(content))));
                publisher.publishEvent(new ReportStatusChanged(department.id(), periodId,
                        SubmissionStatus.SUBMITTED.name(), submittedAt));
                return saved;
            });
        } catch (DataIntegrityViolationException sameVersionAlreadyThere) {
            // Another click or officer submitted this version first: that one is the submission.
            return latestSubmission(departmentId, periodId).map(DepartmentReports::summary).orElseThrow();
        }
        metrics.stored(departmentId, version);
        return stored;
    }

    /** The department's own versions for a period, newest first. */
    public List<SubmissionSummary> history(long periodId) {
        String departmentId = departmentOfUser();
        return tenantWork.inPlatform(() -> submissions.findByDepartmentIdAndPeriodIdOrderByVersionDesc(departmentId,
                periodId).stream().map(DepartmentReports::summary).toList());
    }

    /** The department's own snapshot of one version (read-only). */
    public ReportSnapshot snapshot(long submissionId) {
        String departmentId = departmentOfUser();
        return tenantWork.inPlatform(() -> submissions.findById(submissionId)
                .filter(s -> s.getDepartmentId().equals(departmentId))
                .map(s -> ReportSnapshot.fromJson(s.getContent()))
                .orElseThrow(() -> new NotFound("No such report or period for this user")));
    }

    /**
     * Assembles the period's figures into the department's draft (the synchronised close of a period). Safe to
     * repeat: a draft already assembled is left as it is (not even its version moves, so an officer's open form
     * stays valid); only DPSA's marker is made sure of.
     */
    @Transactional
    public void assembleDraft(ReportingPeriod period, String departmentId) {
        Optional<ReportDraftEntity> existing = drafts.findById(period.id());
        if (existing.isPresent() && existing.get().getAssembledFigures() != null) {
            markProgress(departmentId, period.id());
            return;
        }
        ReportDraftEntity draft = existing.orElseGet(() -> new ReportDraftEntity(period.id()));
        Map<String, String> figures = new HashMap<>();
        compute(period).forEach((code, value) -> figures.put(code, value.toPlainString()));
        draft.assembled(JSON.writeValueAsString(figures), "system", clock.instant());
        drafts.save(draft);
        markProgress(departmentId, period.id());
    }

    Map<String, BigDecimal> compute(ReportingPeriod period) {
        Map<String, BigDecimal> computed = new HashMap<>();
        for (IndicatorContribution contribution : template.contributions()) {
            computed.putAll(contribution.compute(period));
        }
        return computed;
    }

    private void markProgress(String departmentId, long periodId) {
        try {
            tenantWork.inPlatform(() -> {
                if (!progress.existsById(new ReportProgressEntity.Key(departmentId, periodId))) {
                    progress.saveAndFlush(new ReportProgressEntity(departmentId, periodId, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException markedMeanwhile) {
            // The officer's save and the period's close marked it at the same moment: the marker is there.
        }
    }

    private Optional<ReportSubmissionEntity> latestSubmission(String departmentId, long periodId) {
        return tenantWork.inPlatform(() -> submissions.findTopByDepartmentIdAndPeriodIdOrderByVersionDesc(departmentId,
                periodId));
    }

    private static PortalUser reporter() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.hasRole(PortalRole.DEPT_REPORTER) || user.workingDepartment().isEmpty()) {
            throw new AccessDeniedException("Only a department's reporting officer prepares and submits its report");
        }
        return user;
    }

    private static String departmentOfUser() {
        return PortalUser.current().flatMap(PortalUser::workingDepartment)
                .orElseThrow(() -> new AccessDeniedException("Reports belong to a department"));
    }

    public static SubmissionSummary summary(ReportSubmissionEntity s) {
        return new SubmissionSummary(s.getId(), s.getDepartmentId(), s.getDepartmentName(), s.getPeriodId(),
                s.getVersion(), s.getStatus(), s.getSubmittedBy(), s.getSubmittedAt(), s.getChecksum(),
                s.getReviewReason(), s.getReviewedBy(), s.getReviewedAt(), s.getRowVersion());
    }

    private static Map<String, String> readMap(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
    }

    static BigDecimal decimal(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
