package za.gov.dpsa.isdip.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadMetadata;

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

    /** {@link #inMemoryHandler(long, InMemoryUploadCallback)} with this policy's size limit. */
    public InMemoryUploadHandler inMemoryHandler(InMemoryUploadCallback callback) {
        return inMemoryHandler(maxBytes, callback);
    }

    /**
     * The upload handler every upload component uses: it keeps a file in memory only up to {@code maxBytes}.
     * The component's own size limit is checked by the browser alone, so a request sent around it must be
     * refused here, before it is read into memory, not after.
     */
    public static InMemoryUploadHandler inMemoryHandler(long maxBytes, InMemoryUploadCallback callback) {
        return new LimitedInMemoryUploadHandler(maxBytes, callback);
    }

    /**
     * A file name safe to store, show and send back in a download header: the last part of a path only, with
     * quotes, reserved, control and invisible formatting characters replaced (a right-to-left override could
     * disguise the type), at most 200 characters (the end kept, so the type stays), never empty.
     */
    public static String safeFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[:*?\"<>|\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "_").strip();
        if (base.length() > 200) {
            base = base.substring(base.length() - 200);
        }
        return base.isEmpty() || base.chars().allMatch(c -> c == '.') ? "file" : base;
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

    /**
     * Refuses a file larger than the limit without reading it: at once when its declared size says so, else
     * as soon as more than the limit has arrived. Multipart requests are also checked by Vaadin itself
     * against {@link #getFileSizeMax()} and {@link #getRequestSizeMax()}.
     */
    static final class LimitedInMemoryUploadHandler extends InMemoryUploadHandler {

        /** Room for the multipart headers around the one file a request carries. */
        private static final long MULTIPART_OVERHEAD = 64 * 1024;

        private final long maxBytes;
        private final InMemoryUploadCallback callback;

        LimitedInMemoryUploadHandler(long maxBytes, InMemoryUploadCallback callback) {
            super(callback);
            if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Upload limit out of range: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            this.callback = callback;
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + MULTIPART_OVERHEAD;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            if (event.getFileSize() > maxBytes) {
                event.reject(tooLargeMessage());
                return;
            }
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) maxBytes + 1);
            }
            if (content.length > maxBytes) {
                event.reject(tooLargeMessage());
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
            event.getUI().access(() -> {
                try {
                    callback.complete(metadata, content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** The refusal the upload component shows; only a request sent around the browser's check sees it. */
        private static String tooLargeMessage() {
            return VaadinService.getCurrent() == null ? "upload.error.fileTooBig"
                    : I18NProvider.translate("upload.error.fileTooBig");
        }
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
