/**
 * Alignment: harmonised norms and standards, and each department's core services and SDIP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards")
package za.gov.dpsa.isdip.standards;
