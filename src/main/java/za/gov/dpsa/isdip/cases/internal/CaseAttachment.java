package za.gov.dpsa.isdip.cases.internal;

import java.time.Instant;

/** A file on a case, without its content. */
public record CaseAttachment(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                             Instant uploadedAt) {
}
