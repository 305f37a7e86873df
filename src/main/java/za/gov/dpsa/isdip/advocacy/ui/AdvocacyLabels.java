package za.gov.dpsa.isdip.advocacy.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.UploadTexts;

/** Translated labels of the advocacy enums. */
final class AdvocacyLabels {

    private AdvocacyLabels() {
    }

    /** {@code advocacy.<kind>.<CONSTANT>}, e.g. advocacy.kind.GUIDE; the core vocabulary's own labels. */
    static String of(Component component, Enum<?> value) {
        return switch (value) {
            case null -> "";
            // The ISDIP vocabulary has one set of labels for the whole portal.
            case Mechanism mechanism -> component.getTranslation(mechanism.labelKey());
            case BathoPelePrinciple principle -> component.getTranslation(principle.labelKey());
            default -> component.getTranslation("advocacy." + group(value) + "." + value.name());
        };
    }

    static String all(Component component, Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> of(component, v)).collect(Collectors.joining(", "));
    }

    static String size(Component component, long bytes) {
        return UploadTexts.size(component, bytes);
    }

    /** The portal's own checks decide what is wrong; the components' built-in ones stay out of the way. */
    static void checkedByTheService(com.vaadin.flow.component.HasValidation... fields) {
        for (var field : fields) {
            field.setManualValidation(true);
        }
    }

    private static String group(Enum<?> value) {
        return switch (value.getClass().getSimpleName()) {
            case "Audience" -> "audience";
            case "ResourceKind" -> "kind";
            case "ResourceSource" -> "source";
            case "ActivityType" -> "activityType";
            default -> value.getClass().getSimpleName();
        };
    }
}
