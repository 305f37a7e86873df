/**
 * Change management: the learning module for trainers and officials.
 * <p>
 * Other modules use none of its types: it contributes figures to reports ({@code reporting}) and answers
 * data-subject requests ({@code privacy}). Everything else is in {@code internal}, {@code ui} and {@code data}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"core", "platform", "platform::ui-components", "privacy", "reporting", "tenancy"})
package za.gov.dpsa.isdip.training;
