package za.gov.dpsa.isdip.reporting.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.SourceRecord;

/**
 * The template's figures that no portal module computes yet: the reporting officer enters them, and the report
 * marks them as manual. When a module starts computing one, it takes the code over and this list drops it.
 */
@Component
@Order(100)
class ManualIndicators implements IndicatorContribution {

    /**
     * Empty since the service register computes {@code omf.servicesWithSops}, the last figure typed by hand. The
     * class stays as the place for a figure DPSA adds to the template before a module can count it.
     */
    static final List<Indicator> INDICATORS = List.of();

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    @Override
    public Map<String, BigDecimal> compute(ReportingPeriod period) {
        return Map.of();
    }

    @Override
    public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
        return List.of();
    }
}
