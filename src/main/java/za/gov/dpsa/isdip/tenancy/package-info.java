/**
 * Tenancy: the department registry, each department's own database, and who the signed-in user is.
 * <p>
 * The tenant of a unit of work is never chosen by a caller: it comes from the signed-in user's token
 * ({@link za.gov.dpsa.isdip.tenancy.PortalUser}), or from an explicit, audited DPSA action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package za.gov.dpsa.isdip.tenancy;
