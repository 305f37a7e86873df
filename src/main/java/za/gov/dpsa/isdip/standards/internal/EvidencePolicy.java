package za.gov.dpsa.isdip.standards.internal;

import java.util.List;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.UploadPolicy;

/** Which files count as evidence: documents, spreadsheets, presentations and photos up to 10 MB. */
public final class EvidencePolicy {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final UploadPolicy POLICY = new UploadPolicy(MAX_BYTES,
            List.of("pdf", "docx", "xlsx", "pptx", "png", "jpg", "jpeg", "txt", "csv"));

    private EvidencePolicy() {
    }

    /** The content type to store, or throws the refusal as a message on the file field. */
    static String check(String fileName, byte[] content) {
        UploadPolicy.Result result = POLICY.check(fileName, content);
        if (!result.accepted()) {
            throw new InvalidInput("evidenceFile", "standards.evidence." + switch (result.refusal()) {
                case EMPTY -> "empty";
                case TOO_LARGE -> "tooLarge";
                case TYPE -> "type";
                case CONTENT -> "content";
            });
        }
        return result.contentType();
    }

    /** A file to download: served as an attachment with the content type decided at upload. */
    public record Download(String fileName, String contentType, byte[] content) {
    }
}
