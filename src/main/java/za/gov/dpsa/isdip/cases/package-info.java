/**
 * Technical support: service delivery improvement cases, SLAs and escalation to DPSA.
 * <p>
 * Other modules use only its events, {@link za.gov.dpsa.isdip.cases.CaseStatusChanged} and
 * {@link za.gov.dpsa.isdip.cases.EscalationReplied} (published inside the transaction of the change; the
 * {@code integration} module's webhooks listen to them). Otherwise it contributes figures to reports ({@code reporting}'s
 * IndicatorContribution), serves departments' systems through the API ({@code rest}, on the platform's
 * {@code api} support), answers data-subject requests ({@code privacy}'s PersonalDataSource) and reads the
 * department's core services ({@code standards}). Everything else is in {@code internal}, {@code ui} and {@code data}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"core", "platform", "platform::api", "platform::ui-components",
                "privacy", "reporting", "standards", "tenancy"})
package za.gov.dpsa.isdip.cases;
