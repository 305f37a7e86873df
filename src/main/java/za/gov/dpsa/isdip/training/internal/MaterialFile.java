package za.gov.dpsa.isdip.training.internal;

/** A material's content for download. */
public record MaterialFile(String fileName, String contentType, byte[] content) {
}
