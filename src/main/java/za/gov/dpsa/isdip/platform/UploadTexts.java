package za.gov.dpsa.isdip.platform;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The portal's own words for every upload component and for file sizes: the component's built-in texts are
 * English only, and a refusal is explained with the portal's message keys (upload.*), not the component's.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Replaces the component's built-in texts (buttons, drop hint, progress, errors) with translated ones. */
    public static void apply(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.addFiles.one"))
                .setMany(t(upload, "upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.dropFiles.one"))
                .setMany(t(upload, "upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.tooManyFiles"))
                .setFileIsTooBig(t(upload, "upload.error.fileTooBig"))
                .setIncorrectFileType(t(upload, "upload.error.incorrectFileType")));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry"))
                .setStart(t(upload, "upload.file.start")).setRemove(t(upload, "upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled"))
                        .setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remainingTime.prefix"))
                        .setUnknown(t(upload, "upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.error.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "upload.error.unexpectedServerError"))
                        .setForbidden(t(upload, "upload.error.forbidden"))
                        .setFileTooLarge(t(upload, "upload.error.fileTooBig"))));
        i18n.setUnits(Arrays.stream(t(upload, "upload.units").split(",")).map(String::strip).toList());
        upload.setI18n(i18n);
    }

    /**
     * Why the browser refused a file, in the portal's words: the component reports one of the error texts
     * {@link #apply} set, which is mapped back to its key; anything else is a general refusal.
     */
    public static String rejection(FileRejectedEvent event) {
        Upload upload = event.getSource();
        String reported = event.getErrorMessage();
        for (String key : new String[] {"upload.error.fileTooBig", "upload.error.incorrectFileType",
                "upload.error.tooManyFiles"}) {
            if (t(upload, key).equals(reported)) {
                return t(upload, key);
            }
        }
        return t(upload, "upload.error.rejected");
    }

    /** A file size as people read it: whole KB under a megabyte, MB with one decimal from there. */
    public static String size(Component host, long bytes) {
        if (bytes >= 1024 * 1024) {
            return host.getTranslation("size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
        }
        return host.getTranslation("size.kb", String.valueOf(Math.max(1, bytes / 1024)));
    }

    private static String t(Component host, String key) {
        return host.getTranslation(key);
    }
}
