package za.gov.dpsa.isdip.advocacy.internal;

import java.util.List;

/** The first resources of the library's search, in the library's order, and how many match in all. */
public record LibraryPage(List<ResourceSummary> resources, long total) {

    public LibraryPage {
        resources = List.copyOf(resources);
    }

    /** Whether every matching resource is here. */
    public boolean complete() {
        return resources.size() >= total;
    }
}
