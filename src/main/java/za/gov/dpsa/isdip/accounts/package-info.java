/**
 * Accounts: the people of each department as Keycloak knows them, and DPSA's department console.
 * <p>
 * A department administrator lists, invites, disables and re-enables colleagues and changes their department roles
 * ({@link za.gov.dpsa.isdip.accounts.internal.DepartmentUserDirectory}, the People view); an invited user without email sets
 * their password through a one-time link ({@link za.gov.dpsa.isdip.accounts.internal.AccountSetup}); every change is kept in
 * the department's own change log. DPSA onboards a department together with its Keycloak group and first
 * administrator ({@link za.gov.dpsa.isdip.accounts.internal.DepartmentProvisioning}) from its console, which also shows and
 * changes the department registry.
 * <p>
 * It keeps the register of API clients (the Keycloak clients of departments' systems and DPSA's analytics,
 * {@link za.gov.dpsa.isdip.accounts.internal.ApiClients}), which the platform's API security asks on every call.
 * <p>
 * It sits above tenancy: it uses tenancy's identity, registry and session enforcement, and tenancy knows nothing
 * of it. The Keycloak admin client is used only here ({@code keycloak}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"core", "platform", "platform::ui-components", "tenancy"})
package za.gov.dpsa.isdip.accounts;
