/**
 * Technical support: service delivery improvement cases, SLAs and escalation to DPSA.
 * <p>
 * Other modules use none of its types: it contributes figures to reports ({@code reporting}'s
 * IndicatorContribution), serves departments' systems through the API ({@code rest}, on the platform's
 * {@code api} support), answers data-subject requests ({@code privacy}'s PersonalDataSource) and reads the
 * department's core services ({@code standards}). Everything else is in {@code internal}, {@code ui} and {@code data}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"core", "platform", "platform::api", "platform::ui-components",
                "privacy", "reporting", "standards", "tenancy"})
package za.gov.dpsa.isdip.cases;
