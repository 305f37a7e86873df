package za.gov.dpsa.isdip.cases.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import za.gov.dpsa.isdip.platform.UploadPolicy;

/**
 * Which files a case may carry: at most {@link #MAX_BYTES}, and only document and image types whose content
 * matches the name, checked by the platform's {@link UploadPolicy}.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final UploadPolicy POLICY = new UploadPolicy(MAX_BYTES,
            List.of("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "txt", "csv"));

    /** Extension to the content type the file is served with. */
    public static final Map<String, String> ALLOWED = POLICY.extensions().stream()
            .collect(Collectors.toUnmodifiableMap(e -> e, UploadPolicy.TYPES::get));

    private AttachmentPolicy() {
    }

    /** The content type to store and serve with, or the message key of the refusal. */
    public static Result check(String fileName, byte[] content) {
        UploadPolicy.Result result = POLICY.check(fileName, content);
        return result.accepted() ? new Result(result.contentType(), null)
                : new Result(null, "cases.attachment." + switch (result.refusal()) {
                    case EMPTY -> "empty";
                    case TOO_LARGE -> "tooLarge";
                    case TYPE -> "type";
                    case CONTENT -> "content";
                });
    }

    /** Either the content type to use, or the message key of the refusal. */
    public record Result(String contentType, String refusalKey) {
        public boolean accepted() {
            return refusalKey == null;
        }
    }
}
