package za.gov.dpsa.isdip.cases;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files a case may carry: at most {@link #MAX_BYTES}, and only document and image types whose content
 * matches the name (a renamed executable is refused, whatever it is called).
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Extension to the content type the file is served with. */
    public static final Map<String, String> ALLOWED = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "txt", "text/plain",
            "csv", "text/csv");

    private AttachmentPolicy() {
    }

    /** The content type to store and serve with, or the message key of the refusal. */
    public static Result check(String fileName, byte[] content) {
        if (content.length == 0) {
            return Result.refused("cases.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            return Result.refused("cases.attachment.tooLarge");
        }
        String extension = extension(fileName).orElse("");
        String type = ALLOWED.get(extension);
        if (type == null) {
            return Result.refused("cases.attachment.type");
        }
        if (!contentMatches(extension, content)) {
            return Result.refused("cases.attachment.content");
        }
        return new Result(type, null);
    }

    private static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            // Office documents are ZIP containers with their own parts: a renamed .jar or .zip is refused.
            case "docx" -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04}) && officePackage(content, "word/");
            case "xlsx" -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04}) && officePackage(content, "xl/");
            case "txt", "csv" -> isText(content);
            default -> false;
        };
    }

    /** Text has no control bytes; executables and other binaries always do, early on. */
    private static boolean isText(byte[] content) {
        int sample = Math.min(content.length, 8192);
        for (int i = 0; i < sample; i++) {
            byte b = content[i];
            if (b == 0x7F || (b >= 0 && b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    private static boolean officePackage(byte[] content, String partFolder) {
        boolean contentTypes = false;
        boolean part = false;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && !(contentTypes && part)) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().startsWith(partFolder);
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && part;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Optional<String> extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Either the content type to use, or the message key of the refusal. */
    public record Result(String contentType, String refusalKey) {
        static Result refused(String key) {
            return new Result(null, key);
        }

        public boolean accepted() {
            return refusalKey == null;
        }
    }
}
