/**
 * Technical support: service delivery improvement cases, SLAs and escalation to DPSA.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package za.gov.dpsa.isdip.cases;
