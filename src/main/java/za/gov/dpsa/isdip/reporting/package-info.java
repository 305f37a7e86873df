/**
 * Reporting: synchronised compliance reporting from departments to DPSA. A department's report is assembled
 * from the figures the domain modules contribute ({@link za.gov.dpsa.isdip.reporting.IndicatorContribution}),
 * submitted as an immutable snapshot in the platform store, and reviewed by DPSA, which reads only snapshots.
 * <p>
 * Its API is what the domain modules need to contribute: indicators, periods and the DPSA console's view of them,
 * and {@link za.gov.dpsa.isdip.reporting.ReportStatusChanged}, the event (published inside the transaction of a
 * submission or of DPSA's decision) that the {@code integration} module's webhooks listen to.
 * Everything else is in {@code internal}, {@code ui}, {@code data} and {@code export}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"core", "platform", "platform::ui-components", "tenancy"})
package za.gov.dpsa.isdip.reporting;
