package za.gov.dpsa.isdip.training.internal;

/** A course version is drafted, published (immutable from then on) and superseded by the next one. */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
