/**
 * Reporting: synchronised compliance reporting from departments to DPSA. A department's report is assembled
 * from the figures the domain modules contribute ({@link za.gov.dpsa.isdip.reporting.IndicatorContribution}),
 * submitted as an immutable snapshot in the platform store, and reviewed by DPSA, which reads only snapshots.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package za.gov.dpsa.isdip.reporting;
