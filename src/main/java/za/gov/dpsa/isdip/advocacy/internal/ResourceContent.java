package za.gov.dpsa.isdip.advocacy.internal;

/**
 * What a version carries: an uploaded file ({@code fileName} and {@code bytes}) or an https link (a video, say),
 * with an optional note on what changed.
 */
public record ResourceContent(String fileName, byte[] bytes, String linkUrl, String note) {

    public static ResourceContent file(String fileName, byte[] bytes, String note) {
        return new ResourceContent(fileName, bytes, null, note);
    }

    public static ResourceContent link(String linkUrl, String note) {
        return new ResourceContent(null, null, linkUrl, note);
    }

    public boolean hasFile() {
        return bytes != null;
    }
}
