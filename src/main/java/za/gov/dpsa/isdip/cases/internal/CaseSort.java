package za.gov.dpsa.isdip.cases.internal;

import java.util.Set;

/** A sort of the case list: one of {@link #PROPERTIES}, ascending or not. */
public record CaseSort(String property, boolean ascending) {

    public static final Set<String> PROPERTIES = Set.of("reference", "title", "priority", "status", "createdAt",
            "resolutionDueAt", "assignee", "category");

    public CaseSort {
        if (!PROPERTIES.contains(property)) {
            throw new IllegalArgumentException("Cannot sort cases by " + property);
        }
    }
}
