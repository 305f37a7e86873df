/**
 * Tenancy: who the signed-in user is, which department's database their work reaches, and the department registry.
 * <p>
 * The tenant of a unit of work is never chosen by a caller: it comes from the signed-in user's token
 * ({@link za.gov.dpsa.isdip.tenancy.PortalUser}), or from an explicit, audited DPSA action. Each department has its
 * own database, routed per unit of work ({@code database}); the registry of departments, their definitions,
 * onboarding and availability live here too, as do the portal sessions (back-channel logout, and
 * {@link za.gov.dpsa.isdip.tenancy.AccountSessions ending the sessions} of a disabled account or changed roles).
 * Administering the accounts themselves, in Keycloak, is the accounts module's, which builds on this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy",
        allowedDependencies = {"core"})
package za.gov.dpsa.isdip.tenancy;
