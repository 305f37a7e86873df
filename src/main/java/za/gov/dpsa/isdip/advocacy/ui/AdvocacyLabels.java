package za.gov.dpsa.isdip.advocacy.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.UploadTexts;

/** Translated labels of the advocacy enums and South African dates. */
final class AdvocacyLabels {

    // Month names in English whatever the server's default locale is.
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

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

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String when(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(PortalTime.ZONE));
    }

    static String size(Component component, long bytes) {
        return UploadTexts.size(component, bytes);
    }

    /** Dates typed and shown as South Africans write them (2026-09-30 or 2026/09/30). */
    static void southAfricanDates(com.vaadin.flow.component.datepicker.DatePicker... pickers) {
        for (var picker : pickers) {
            picker.setI18n(new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n()
                    .setDateFormats("yyyy-MM-dd", "yyyy/MM/dd", "d/M/yyyy").setFirstDayOfWeek(1));
        }
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
