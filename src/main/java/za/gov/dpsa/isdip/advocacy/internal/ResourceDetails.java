package za.gov.dpsa.isdip.advocacy.internal;

import java.util.List;
import java.util.Optional;

/**
 * A resource with its version history (newest first), its row version for changes, and whether the user may
 * publish new versions, feature or retire it.
 */
public record ResourceDetails(ResourceSummary summary, List<ResourceVersion> versions, long rowVersion,
                              boolean mayEdit, boolean mayFeature) {

    /** The newest version; none only for a resource stored without one (loaded in bulk, not published here). */
    public Optional<ResourceVersion> latest() {
        return versions.stream().findFirst();
    }
}
