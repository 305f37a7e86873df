package za.gov.dpsa.isdip.advocacy.internal;

import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;

import java.util.Set;

/** A resource to publish, with its first version. */
public record NewResource(String title, String summary, ResourceKind kind, Set<Mechanism> mechanisms,
                          Set<BathoPelePrinciple> principles, Set<Audience> audiences, ResourceContent content) {
}
