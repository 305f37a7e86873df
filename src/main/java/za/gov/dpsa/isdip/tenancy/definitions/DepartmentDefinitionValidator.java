package za.gov.dpsa.isdip.tenancy.definitions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.Sphere;

/** The rules a department definition keeps, wherever it comes from (a tenants file or the onboarding form). */
public final class DepartmentDefinitionValidator {

    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,29}");
    public static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,11}");

    private DepartmentDefinitionValidator() {
    }

    /** The first problem found, naming the field. */
    public static Optional<Problem> validate(DepartmentDefinition definition) {
        if (!ID.matcher(definition.id()).matches()) {
            return problem("id", "must be 2 to 30 lower-case letters, digits or hyphens, starting with a letter",
                    "dpsa.onboard.invalid.id");
        }
        if (definition.name().isBlank() || definition.name().length() > 200) {
            return problem("name", "must be given, at most 200 characters", "dpsa.onboard.invalid.name");
        }
        if (!SHORT_CODE.matcher(definition.shortCode()).matches()) {
            return problem("shortCode", "must be 2 to 12 letters, digits or hyphens, starting with a letter",
                    "dpsa.onboard.invalid.shortCode");
        }
        if (definition.sphere() == Sphere.PROVINCIAL && definition.province() == null) {
            return problem("province", "is required for a provincial department",
                    "dpsa.onboard.invalid.province.required");
        }
        if (definition.sphere() == Sphere.NATIONAL && definition.province() != null) {
            return problem("province", "must be left out for a national department",
                    "dpsa.onboard.invalid.province.national");
        }
        Set<String> serviceNames = new HashSet<>();
        for (int i = 0; i < definition.coreServices().size(); i++) {
            var service = definition.coreServices().get(i);
            if (service.name() == null || service.name().isBlank() || service.name().length() > 200) {
                return problem("coreServices[" + i + "].name", "must be given, at most 200 characters",
                        "dpsa.onboard.invalid.coreServiceName", String.valueOf(i + 1));
            }
            // As the service register compares names: ignoring case and surrounding spaces.
            if (!serviceNames.add(service.name().strip().toLowerCase(Locale.ROOT))) {
                return problem("coreServices[" + i + "].name", "repeats an earlier core service's name",
                        "dpsa.onboard.invalid.coreServiceDuplicate", String.valueOf(i + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String field, String message, String messageKey, String... arguments) {
        return Optional.of(new Problem(field, message, messageKey, List.of(arguments)));
    }

    /**
     * A field and what is wrong with it: in English ({@code message}, for start-up logs about tenants files) and
     * as a message key with its arguments (for the onboarding form).
     */
    public record Problem(String field, String message, String messageKey, List<String> arguments) {
    }
}
