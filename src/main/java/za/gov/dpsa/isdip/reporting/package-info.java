/**
 * Reporting: synchronised compliance reporting from departments to DPSA.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package za.gov.dpsa.isdip.reporting;
