package za.gov.dpsa.isdip.reporting.internal;

import java.math.BigDecimal;

import za.gov.dpsa.isdip.reporting.Indicator;

/**
 * A line of a department's report: the figure (null when there is none yet), its narrative, and whether the
 * live source now differs from what was last submitted.
 */
public record FigureLine(Indicator indicator, BigDecimal value, String narrative, boolean changedSinceSubmission) {
}
