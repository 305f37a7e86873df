package za.gov.dpsa.isdip.training.internal;

import za.gov.dpsa.isdip.core.Mechanism;

import java.util.Set;

/**
 * A course in the trainer's list or the catalogue.
 *
 * @param publishedVersion the number of the version learners get, or null when never published
 * @param draftVersion     the number of the draft being edited, or null
 */
public record CourseSummary(long id, String title, String summary, String audience, IsdipDomain domain,
                            Set<Mechanism> mechanisms, int durationMinutes, Integer publishedVersion,
                            Integer draftVersion, boolean allDepartments, Set<String> targets) {
}
