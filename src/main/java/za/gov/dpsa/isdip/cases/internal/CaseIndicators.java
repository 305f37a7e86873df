package za.gov.dpsa.isdip.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.cases.data.department.SupportCaseRepository;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.SourceRecord;

/** Technical support's figures for the report, counted from the department's own cases. */
@Component
@Order(10)
class CaseIndicators implements IndicatorContribution {

    static final String OPENED = "cases.opened";
    static final String RESOLVED = "cases.resolved";
    static final String WITHIN_SLA = "cases.resolvedWithinSla";
    static final String ESCALATED = "cases.escalated";
    static final String AVERAGE_DAYS = "cases.averageResolutionDays";

    private static final List<Indicator> INDICATORS = List.of(
            indicator(OPENED, "count", Indicator.Aggregation.SUM),
            indicator(RESOLVED, "count", Indicator.Aggregation.SUM),
            indicator(WITHIN_SLA, "percent", Indicator.Aggregation.AVERAGE),
            indicator(ESCALATED, "count", Indicator.Aggregation.SUM),
            indicator(AVERAGE_DAYS, "days", Indicator.Aggregation.AVERAGE));

    private final SupportCaseRepository cases;

    CaseIndicators(SupportCaseRepository cases) {
        this.cases = cases;
    }

    private static Indicator indicator(String code, String unit, Indicator.Aggregation aggregation) {
        return Indicator.computed(code, ReportingDomain.TECHNICAL_SUPPORT, unit, aggregation);
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> compute(ReportingPeriod period) {
        Instant from = period.startInstant(PortalTime.ZONE);
        Instant to = period.endInstant(PortalTime.ZONE);
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put(OPENED, BigDecimal.valueOf(cases.countOpenedBetween(from, to)));
        long resolved = cases.countResolvedBetween(from, to);
        figures.put(RESOLVED, BigDecimal.valueOf(resolved));
        figures.put(ESCALATED, BigDecimal.valueOf(cases.countEscalatedOpenedBetween(from, to)));
        if (resolved > 0) {
            figures.put(WITHIN_SLA, BigDecimal.valueOf(cases.countResolvedWithinSlaBetween(from, to) * 100.0 / resolved)
                    .setScale(1, RoundingMode.HALF_UP));
            double days = cases.resolutionsBetween(from, to).stream()
                    .mapToDouble(r -> (((Instant) r[1]).getEpochSecond() - ((Instant) r[0]).getEpochSecond()) / 86400.0)
                    .average().orElse(0);
            figures.put(AVERAGE_DAYS, BigDecimal.valueOf(days).setScale(1, RoundingMode.HALF_UP));
        }
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
        String kind = switch (code) {
            case OPENED -> "opened";
            case RESOLVED, AVERAGE_DAYS -> "resolved";
            case WITHIN_SLA -> "withinSla";
            case ESCALATED -> "escalated";
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        return cases.sourcesBetween(kind, period.startInstant(PortalTime.ZONE),
                        period.endInstant(PortalTime.ZONE), Limit.of(limit)).stream()
                .map(r -> new SourceRecord((String) r[0], (String) r[1], "cases/" + r[0])).toList();
    }
}
