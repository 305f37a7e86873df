package za.gov.dpsa.isdip.advocacy.internal;

/** A version's file for download, with the content type the upload policy decided. */
public record ResourceFile(String fileName, String contentType, byte[] content) {
}
