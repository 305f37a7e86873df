package za.gov.dpsa.isdip.advocacy.internal;

import java.util.List;

import za.gov.dpsa.isdip.platform.UploadPolicy;

/**
 * Which files a resource version may be: documents, presentations, spreadsheets, images and text up to
 * {@link #MAX_BYTES}, whose content matches the name (the platform's {@link UploadPolicy}). Videos are links.
 */
public final class ResourceUploadPolicy {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final UploadPolicy POLICY = new UploadPolicy(MAX_BYTES,
            List.of("pdf", "docx", "pptx", "xlsx", "png", "jpg", "jpeg", "txt", "csv"));

    private ResourceUploadPolicy() {
    }

    public static String[] acceptedFileTypes() {
        return POLICY.acceptedFileTypes();
    }

    /** The content type to store and serve with, or the message key of the refusal. */
    public static Result check(String fileName, byte[] content) {
        UploadPolicy.Result result = POLICY.check(fileName, content == null ? new byte[0] : content);
        return result.accepted() ? new Result(result.contentType(), null)
                : new Result(null, "advocacy.upload." + switch (result.refusal()) {
                    case EMPTY -> "empty";
                    case TOO_LARGE -> "tooLarge";
                    case TYPE -> "type";
                    case CONTENT -> "content";
                });
    }

    /** Either the content type to use, or the message key of the refusal (its argument: the file name). */
    public record Result(String contentType, String refusalKey) {
        public boolean accepted() {
            return refusalKey == null;
        }
    }
}
