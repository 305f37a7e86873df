package za.gov.dpsa.isdip.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.SourceRecord;
import za.gov.dpsa.isdip.training.data.department.EnrolmentEntity;
import za.gov.dpsa.isdip.training.data.department.EnrolmentRepository;
import za.gov.dpsa.isdip.training.data.department.ReadinessResponseRepository;

/**
 * Change management's figures for the report, counted from the department's own enrolments and readiness answers.
 * Takes over {@code change.officialsTrained}, which officers used to enter by hand.
 */
@Component
@Order(40)
class TrainingIndicators implements IndicatorContribution {

    static final String OFFICIALS_TRAINED = "change.officialsTrained";
    static final String ENROLMENTS = "change.enrolments";
    static final String COMPLETIONS = "change.completions";
    static final String READINESS = "change.readiness";

    private static final List<Indicator> INDICATORS = List.of(
            indicator(OFFICIALS_TRAINED, "count", Indicator.Aggregation.SUM),
            indicator(ENROLMENTS, "count", Indicator.Aggregation.SUM),
            indicator(COMPLETIONS, "count", Indicator.Aggregation.SUM),
            indicator(READINESS, "percent", Indicator.Aggregation.AVERAGE));

    private final EnrolmentRepository enrolments;
    private final ReadinessResponseRepository readiness;

    TrainingIndicators(EnrolmentRepository enrolments, ReadinessResponseRepository readiness) {
        this.enrolments = enrolments;
        this.readiness = readiness;
    }

    private static Indicator indicator(String code, String unit, Indicator.Aggregation aggregation) {
        return Indicator.computed(code, ReportingDomain.CHANGE_MANAGEMENT, unit, aggregation);
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
        List<EnrolmentEntity> completed = enrolments
                .findByCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAt(from, to);
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put(OFFICIALS_TRAINED, BigDecimal.valueOf(completed.stream().map(EnrolmentEntity::getUsername)
                .distinct().count()));
        figures.put(COMPLETIONS, BigDecimal.valueOf(completed.size()));
        figures.put(ENROLMENTS, BigDecimal.valueOf(
                enrolments.countByEnrolledAtGreaterThanEqualAndEnrolledAtLessThan(from, to)));
        BigDecimal[] averages = TrainingPublisher.averages(readiness.findAll());
        if (averages != null) {
            // Readiness as a share of the best possible answer (5 on every element).
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal average : averages) {
                sum = sum.add(average);
            }
            figures.put(READINESS, sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(25), 1,
                    RoundingMode.HALF_UP));
        }
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
        if (!OFFICIALS_TRAINED.equals(code) && !COMPLETIONS.equals(code)) {
            return List.of();
        }
        // The course and the date, not the official: the report's drill-down needs no names.
        return enrolments.findByCompletedAtGreaterThanEqualAndCompletedAtLessThanOrderByCompletedAt(
                        period.startInstant(PortalTime.ZONE), period.endInstant(PortalTime.ZONE))
                .stream().limit(limit)
                .map(e -> new SourceRecord("TRN-" + e.getId(), e.getCourseTitle() + " ("
                        + e.getCompletedAt().atZone(PortalTime.ZONE).toLocalDate() + ")", "training/department"))
                .toList();
    }
}
