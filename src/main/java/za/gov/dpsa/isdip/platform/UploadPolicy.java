package za.gov.dpsa.isdip.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one check every upload in the portal passes: a size limit, an allow-list of types, and content that
 * matches the name (a renamed executable is refused, whatever it is called). Modules choose their limit and
 * which of {@link #TYPES} they take; the file is then stored outside the web root (in the department's
 * database or its file store) and served as a download with the content type decided here.
 */
public final class UploadPolicy {

    /** Extension to the content type the file is served with: every type the portal can recognise. */
    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "txt", "text/plain",
            "csv", "text/csv");

    /** Why a file was refused. */
    public enum Refusal {
        EMPTY, TOO_LARGE, TYPE, CONTENT
    }

    private final long maxBytes;
    private final Collection<String> extensions;

    /** A policy taking at most {@code maxBytes} and only the given extensions (each a key of {@link #TYPES}). */
    public UploadPolicy(long maxBytes, Collection<String> extensions) {
        if (!TYPES.keySet().containsAll(extensions)) {
            throw new IllegalArgumentException("Unknown upload types in " + extensions);
        }
        this.maxBytes = maxBytes;
        this.extensions = java.util.List.copyOf(extensions);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Collection<String> extensions() {
        return extensions;
    }

    /** The accepted extensions with their dot, for the upload component's file chooser. */
    public String[] acceptedFileTypes() {
        return extensions.stream().map(e -> "." + e).toArray(String[]::new);
    }

    /** The content type to store and serve with, or the reason of the refusal. */
    public Result check(String fileName, byte[] content) {
        if (content.length == 0) {
            return Result.refused(Refusal.EMPTY);
        }
        if (content.length > maxBytes) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        String extension = extension(fileName).orElse("");
        if (!extensions.contains(extension)) {
            return Result.refused(Refusal.TYPE);
        }
        if (!contentMatches(extension, content)) {
            return Result.refused(Refusal.CONTENT);
        }
        return new Result(TYPES.get(extension), null);
    }

    private static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            // Office documents are ZIP containers with their own parts: a renamed .jar or .zip is refused.
            case "docx" -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04}) && officePackage(content, "word/");
            case "pptx" -> startsWith(content, new byte[] {'P', 'K', 0x03, 0x04}) && officePackage(content, "ppt/");
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

    /** Either the content type to use, or why the file was refused. */
    public record Result(String contentType, Refusal refusal) {
        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }
}
