package za.gov.dpsa.isdip.reporting;

import java.math.BigDecimal;

/**
 * A line of a department's report: the figure (null when there is none yet), its narrative, and whether the
 * live source now differs from what was last submitted.
 */
public record FigureLine(Indicator indicator, BigDecimal value, String narrative, boolean changedSinceSubmission) {
}
