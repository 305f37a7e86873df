/**
 * POPIA in practice: data-subject requests (find, export, correct, anonymise everything the department holds
 * about a person) and retention (records past their rule are anonymised by a scheduled job, with a report).
 * Modules that hold personal information take part through {@link za.gov.dpsa.isdip.privacy.PersonalDataSource}.
 * <p>
 * Its API is the {@code PersonalDataSource} contract with its query and record types. Everything else is in
 * {@code internal}, {@code ui} and {@code data}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy (POPIA)",
        allowedDependencies = {"core", "platform", "platform::ui-components", "tenancy"})
package za.gov.dpsa.isdip.privacy;
