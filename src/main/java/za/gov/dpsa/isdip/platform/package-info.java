/**
 * The platform shell: sign-in, the application layout and home dashboard, configuration checks and the
 * embedded services of a developer's run (DPSA's department console is the accounts module's). Other modules plug
 * into the home dashboard through {@link za.gov.dpsa.isdip.platform.DashboardWidget}, share its upload check, audit
 * trail and notifications; the shell itself depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform shell",
        allowedDependencies = {"core", "tenancy"})
package za.gov.dpsa.isdip.platform;
