/**
 * Alignment: harmonised norms and standards, and each department's core services and SDIP.
 * <p>
 * Its API is the department's register of core services ({@code CoreServices}), which cases are logged against;
 * it contributes figures to reports ({@code reporting}). Everything else is in {@code internal}, {@code ui} and
 * {@code data}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards",
        allowedDependencies = {"core", "platform", "platform::ui-components", "reporting", "tenancy"})
package za.gov.dpsa.isdip.standards;
