package za.gov.dpsa.isdip.advocacy.internal;

import java.util.Locale;
import java.util.Optional;

/** Who published a resource: DPSA for every department, or the user's own department for itself. */
public enum ResourceSource {
    DPSA,
    DEPARTMENT;

    /** The form used in addresses: {@code dpsa} or {@code department}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResourceSource> fromSlug(String slug) {
        for (ResourceSource source : values()) {
            if (source.slug().equals(slug)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
