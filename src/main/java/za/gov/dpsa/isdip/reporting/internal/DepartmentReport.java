package za.gov.dpsa.isdip.reporting.internal;

import java.util.List;

import za.gov.dpsa.isdip.reporting.ReportingPeriod;

/**
 * A department's report for a period as its reporting officer sees it: the lines, the rules the figures break,
 * the latest submitted version (null before the first), and whether it may still change.
 */
public record DepartmentReport(ReportingPeriod period, List<FigureLine> lines, List<ValidationRule> broken,
                               SubmissionSummary latest, long draftVersion, boolean editable) {

    public boolean blocked() {
        return broken.stream().anyMatch(r -> r.importance() == ValidationRule.Importance.HIGH);
    }
}
