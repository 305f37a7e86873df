package za.gov.dpsa.isdip.training.internal;

/** A lesson's downloadable file, without its content. */
public record Material(long id, String lessonKey, String fileName, String contentType, long sizeBytes) {
}
