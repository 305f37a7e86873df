package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

import java.time.Instant;
import java.util.Set;

/** A resource as the library lists it. */
public record ResourceSummary(ResourceSource source, long id, String title, String summary, ResourceKind kind,
                              Set<Mechanism> mechanisms, Set<BathoPelePrinciple> principles, Set<Audience> audiences,
                              boolean featured, boolean retired, int latestVersion, Instant publishedAt,
                              Instant updatedAt) {
}
