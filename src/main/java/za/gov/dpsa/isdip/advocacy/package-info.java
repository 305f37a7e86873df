/**
 * Advocacy: resources and campaigns that promote the service delivery improvement mechanisms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advocacy")
package za.gov.dpsa.isdip.advocacy;
