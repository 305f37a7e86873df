package za.gov.dpsa.isdip.reporting.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

import za.gov.dpsa.isdip.reporting.Indicator;
import za.gov.dpsa.isdip.reporting.IndicatorContribution;
import za.gov.dpsa.isdip.reporting.ReportingDomain;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.SourceRecord;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Figures the portal itself no longer has, for the tests of reporting's own rules: every template figure is
 * computed by a module now, so a test that needs a figure typed by hand, or a module reporting an impossible
 * figure, adds it here. Imported only by the tests that need it.
 */
@TestConfiguration
public class TestFigures {

    /** A percentage the reporting officer types, as DPSA may add to the template before a module counts it. */
    public static final String MANUAL = "test.manualPercent";
    /**
     * Its name: a key of its own that the portal's translations do not hold (a test figure is no text of the
     * portal), so the page shows the key itself; no test reads it.
     */
    static final String MANUAL_NAME = "report.indicator.test.manualPercent";
    /** The department whose register reports an impossible share, to break rule R4. */
    public static final String FAULTY_DEPARTMENT = "wc-education";

    @Bean
    @Order(1000)
    IndicatorContribution testFigures() {
        return new IndicatorContribution() {
            @Override
            public List<Indicator> indicators() {
                return List.of(new Indicator(MANUAL, ReportingDomain.SDIP_OMF,
                        MANUAL_NAME, "percent", Indicator.Aggregation.AVERAGE, true));
            }

            @Override
            public Map<String, BigDecimal> compute(ReportingPeriod period) {
                // Runs after the modules, so this figure replaces the service register's for that department.
                return FAULTY_DEPARTMENT.equals(TenantContext.currentTenant())
                        ? Map.of("omf.servicesWithSops", BigDecimal.valueOf(150)) : Map.of();
            }

            @Override
            public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
                return List.of();
            }
        };
    }
}
