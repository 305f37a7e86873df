package za.gov.dpsa.isdip.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.reporting.internal.DepartmentReport;
import za.gov.dpsa.isdip.reporting.internal.DepartmentReports;
import za.gov.dpsa.isdip.reporting.internal.ReportSnapshot;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.reporting.internal.SubmissionSummary;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * The reporting module's main flow: a department's report is assembled from the figures contributed to it, the
 * reporting officer saves a narrative and submits, and DPSA reviews the submitted snapshot.
 * <p>
 * The modules that contribute the real figures (cases, standards, training, advocacy) depend on reporting, not the
 * other way round, so none of them is started here: one contribution of the test's own stands in for them.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES} (starts tenancy, platform and core): drafts live in the department's
 * database and submissions in the platform's, reached through tenancy ({@code TenantWork},
 * {@code DepartmentDirectory}); platform notifies DPSA and the reporters and runs the cluster-wide jobs. STANDALONE
 * leaves both out and cannot start.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class ReportingModuleTest {

    static final String FIGURE = "test.moduleFigure";
    static final PortalUser REPORTER = TestUsers.user("dha.module.reporter", "dha", "dept-user", "dept-reporter");
    static final PortalUser DPSA = TestUsers.user("dpsa.module.admin", null, "dpsa-admin");

    private final DepartmentReports reports;
    private final ReportingPeriods periods;
    private final ReportingConsole console;

    ReportingModuleTest(DepartmentReports reports, ReportingPeriods periods, ReportingConsole console) {
        this.reports = reports;
        this.periods = periods;
        this.console = console;
    }

    @Test
    void aDepartmentsAssembledReportIsSavedSubmittedAndReviewedByDpsaAsASnapshot() {
        ReportingPeriod period = ReportingTestAccess.currentQuarter(periods);

        DepartmentReport assembled = TestUsers.callAs(REPORTER, () -> reports.prepare(period.id()));
        assertThat(assembled.lines()).filteredOn(l -> l.indicator().code().equals(FIGURE)).singleElement()
                .satisfies(l -> assertThat(l.value()).isEqualByComparingTo("7"));
        SubmissionSummary submitted = TestUsers.callAs(REPORTER, () -> {
            reports.saveDraft(period.id(), assembled.draftVersion(), Map.of(FIGURE, "Seven offices counted"),
                    Map.of());
            return reports.submit(period.id());
        });

        ReportingConsole.Review review = TestUsers.callAs(DPSA, () -> console.review(submitted.id()));
        assertThat(review.summary().departmentId()).isEqualTo("dha");
        assertThat(review.snapshot().value(FIGURE)).isEqualByComparingTo("7");
        assertThat(review.snapshot().figures()).filteredOn(f -> f.code().equals(FIGURE)).singleElement()
                .extracting(ReportSnapshot.Figure::narrative).isEqualTo("Seven offices counted");
        assertThat(ReportSnapshot.checksum(review.snapshot().toJson())).isEqualTo(submitted.checksum());
    }

    /** A module's figure, as cases or training contribute theirs: 7 in Home Affairs' database, none elsewhere. */
    @TestConfiguration
    static class OneContributedFigure {

        @Bean
        IndicatorContribution moduleFigure() {
            return new IndicatorContribution() {
                @Override
                public List<Indicator> indicators() {
                    return List.of(Indicator.computed(FIGURE, ReportingDomain.TECHNICAL_SUPPORT, "count",
                            Indicator.Aggregation.SUM));
                }

                @Override
                public Map<String, BigDecimal> compute(ReportingPeriod period) {
                    return "dha".equals(TenantContext.currentTenant()) ? Map.of(FIGURE, BigDecimal.valueOf(7))
                            : Map.of();
                }

                @Override
                public List<SourceRecord> sources(String code, ReportingPeriod period, int limit) {
                    return List.of();
                }
            };
        }
    }
}
