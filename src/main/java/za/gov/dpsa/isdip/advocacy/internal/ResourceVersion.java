package za.gov.dpsa.isdip.advocacy.internal;

import java.time.Instant;

/** One published version of a resource: a file or an https link. */
public record ResourceVersion(int number, String note, String fileName, String contentType, long sizeBytes,
                              String linkUrl, String publishedBy, Instant publishedAt) {

    public boolean isLink() {
        return linkUrl != null;
    }
}
