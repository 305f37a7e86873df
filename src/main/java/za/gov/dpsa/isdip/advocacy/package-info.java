/**
 * Advocacy: resources and campaigns that promote the service delivery improvement mechanisms.
 * <p>
 * Other modules use none of its types: it contributes figures to reports ({@code reporting}'s
 * IndicatorContribution). Everything else is in {@code internal}, {@code ui} and {@code data}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advocacy",
        allowedDependencies = {"core", "platform", "platform::ui-components", "reporting", "tenancy"})
package za.gov.dpsa.isdip.advocacy;
