package za.gov.dpsa.isdip.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a domain module feeds the report: its indicators, their figures for a period, and the records behind a
 * figure. Implementations are Spring beans; a module that lands later adds its own without changing reporting.
 * Figures are computed in the current department's context.
 */
public interface IndicatorContribution {

    List<Indicator> indicators();

    /** Figures of this contribution's computed indicators for the period; a missing code means no figure. */
    Map<String, BigDecimal> compute(ReportingPeriod period);

    /** The records behind one figure, at most {@code limit}. */
    List<SourceRecord> sources(String code, ReportingPeriod period, int limit);
}
