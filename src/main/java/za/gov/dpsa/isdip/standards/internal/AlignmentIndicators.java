package za.gov.dpsa.isdip.standards.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.SourceRecord;
import za.gov.dpsa.isdip.standards.data.department.ActionItemRepository;
import za.gov.dpsa.isdip.standards.data.department.AssessmentEntity;
import za.gov.dpsa.isdip.standards.data.department.AssessmentRepository;

/**
 * Alignment's figures for the report, from the department's own self-assessments, actions and SDIP. They state
 * where the department stands when the report is prepared; what the department submits is what DPSA's console
 * consolidates across departments (counts summed, percentages averaged).
 */
@Component
@Order(20)
class AlignmentIndicators implements IndicatorContribution {

    static final String ASSESSED = "alignment.standardsAssessed";
    static final String MET = "alignment.standardsMet";
    static final String OPEN_ACTIONS = "alignment.openActions";
    static final String OVERDUE_ACTIONS = "alignment.overdueActions";
    static final String SDIP_APPROVED = "sdip.approved";
    static final String SERVICES_WITH_SOPS = "omf.servicesWithSops";

    private static final List<Indicator> INDICATORS = List.of(
            Indicator.computed(ASSESSED, ReportingDomain.ALIGNMENT, "count", Indicator.Aggregation.SUM),
            // The code and message key of the figure entered by hand before this module computed it.
            Indicator.computed(MET, ReportingDomain.ALIGNMENT, "percent", Indicator.Aggregation.AVERAGE),
            Indicator.computed(OPEN_ACTIONS, ReportingDomain.ALIGNMENT, "count", Indicator.Aggregation.SUM),
            Indicator.computed(OVERDUE_ACTIONS, ReportingDomain.ALIGNMENT, "count", Indicator.Aggregation.SUM),
            Indicator.computed(SDIP_APPROVED, ReportingDomain.SDIP_OMF, "yesno", Indicator.Aggregation.SUM),
            // Entered by hand until the service register computed it (same code, so earlier reports compare).
            Indicator.computed(SERVICES_WITH_SOPS, ReportingDomain.SDIP_OMF, "percent",
                    Indicator.Aggregation.AVERAGE));

    private final Catalogue catalogue;
    private final AssessmentRepository assessments;
    private final ActionItemRepository actions;
    private final SdipPlans sdipPlans;
    private final DepartmentAlignment alignment;
    private final ServiceRegister register;

    AlignmentIndicators(Catalogue catalogue, AssessmentRepository assessments, ActionItemRepository actions,
                        SdipPlans sdipPlans, DepartmentAlignment alignment, ServiceRegister register) {
        this.register = register;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.actions = actions;
        this.sdipPlans = sdipPlans;
        this.alignment = alignment;
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> compute(ReportingPeriod period) {
        List<HarmonisedStandard> published = catalogue.published();
        Map<String, Rating> answers = alignment.answers();
        AlignmentFigures.Figure overall = AlignmentFigures.overall(published, answers);
        var today = alignment.today();
        var notDone = actions.findByStatusInOrderByDueDateAsc(DepartmentAlignment.NOT_DONE);
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        figures.put(ASSESSED, BigDecimal.valueOf(overall.total() - overall.unassessed()));
        if (overall.percent() != null) {
            figures.put(MET, overall.percent());
        }
        figures.put(OPEN_ACTIONS, BigDecimal.valueOf(notDone.size()));
        figures.put(OVERDUE_ACTIONS, BigDecimal.valueOf(notDone.stream()
                .filter(a -> AlignmentFigures.isOverdue(a.getDueDate(), a.getStatus(), today)).count()));
        figures.put(SDIP_APPROVED, sdipPlans.approvedFor(period.fiscalYear()) ? BigDecimal.ONE : BigDecimal.ZERO);
        BigDecimal withSops = register.coverageOn(registerDate(period, today)).percent();
        if (withSops != null) {
            figures.put(SERVICES_WITH_SOPS, withSops);
        }
        return figures;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
        List<SourceRecord> records = new ArrayList<>();
        switch (code) {
            case ASSESSED, MET -> {
                var codes = catalogue.published().stream().map(HarmonisedStandard::code).toList();
                for (AssessmentEntity a : assessments.findByCurrentCodeIsNotNullOrderByStandardCodeAsc()) {
                    if (codes.contains(a.getStandardCode()) && (code.equals(ASSESSED)
                            || a.getRating() == Rating.COMPLIANT)) {
                        records.add(new SourceRecord(a.getStandardCode() + " v" + a.getStandardVersion(),
                                a.getStandardTitle() + ": " + a.getRating().name(),
                                "standards/assess/" + a.getStandardCode()));
                    }
                }
            }
            case OPEN_ACTIONS, OVERDUE_ACTIONS -> {
                var today = alignment.today();
                actions.findByStatusInOrderByDueDateAsc(DepartmentAlignment.NOT_DONE).stream()
                        .filter(a -> code.equals(OPEN_ACTIONS)
                                || AlignmentFigures.isOverdue(a.getDueDate(), a.getStatus(), today))
                        .forEach(a -> records.add(new SourceRecord(a.getStandardCode() + " #" + a.getId(),
                                a.getTitle() + " (" + a.getOwner() + ", " + a.getDueDate() + ")",
                                "standards/actions")));
            }
            case SDIP_APPROVED -> sdipPlans.plansUnchecked().stream().filter(p -> p.covers(period.fiscalYear()))
                    .forEach(p -> records.add(new SourceRecord("SDIP " + p.cycle(), p.status().name()
                            + (p.approvedOn() == null ? "" : " " + p.approvedOn()), "standards/sdip")));
            case SERVICES_WITH_SOPS -> register.entriesOn(registerDate(period, alignment.today())).stream()
                    .filter(ServiceRegister.Entry::covered)
                    .forEach(e -> records.add(new SourceRecord(e.name(), e.detail(),
                            "standards/services/" + e.id())));
            default -> {
                return List.of();
            }
        }
        return records.stream().limit(limit).toList();
    }

    /**
     * The register as it stood on the period's last day; for a period still running, today, as the days ahead
     * are not known yet (a SOP due for review next month is not overdue today).
     */
    static java.time.LocalDate registerDate(ReportingPeriod period, java.time.LocalDate today) {
        return period.endsOn().isBefore(today) ? period.endsOn() : today;
    }
}
