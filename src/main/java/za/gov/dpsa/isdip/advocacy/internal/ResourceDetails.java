package za.gov.dpsa.isdip.advocacy.internal;

import java.util.List;

/**
 * A resource with its version history (newest first), its row version for changes, and whether the user may
 * publish new versions, feature or retire it.
 */
public record ResourceDetails(ResourceSummary summary, List<ResourceVersion> versions, long rowVersion,
                              boolean mayEdit, boolean mayFeature) {

    public ResourceVersion latest() {
        return versions.getFirst();
    }
}
