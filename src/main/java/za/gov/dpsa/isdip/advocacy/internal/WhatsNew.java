package za.gov.dpsa.isdip.advocacy.internal;

import java.time.Instant;

/** A newly published resource or version of DPSA's library. */
public record WhatsNew(ResourceSummary resource, int versionNumber, Instant publishedAt) {
}
