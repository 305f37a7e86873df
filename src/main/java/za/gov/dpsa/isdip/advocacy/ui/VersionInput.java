package za.gov.dpsa.isdip.advocacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import za.gov.dpsa.isdip.advocacy.internal.ResourceContent;
import za.gov.dpsa.isdip.advocacy.internal.ResourceUploadPolicy;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.platform.UploadPolicy;
import za.gov.dpsa.isdip.platform.UploadTexts;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * What a version carries: a file (checked against the upload policy as soon as it arrives, so a refusal is
 * shown at once, naming the file and the reason) or an https link, with a note on what changed.
 */
class VersionInput extends Composite<VerticalLayout> {

    final Upload upload;
    final Span fileStatus = new Span();
    final TextField link = new TextField();
    final TextField note = new TextField();
    private String fileName;
    private byte[] bytes;

    VersionInput(String idPrefix) {
        upload = new Upload(UploadPolicy.inMemoryHandler(ResourceUploadPolicy.MAX_BYTES, (metadata, content) ->
                getUI().ifPresent(ui -> ui.access(() -> receive(metadata.fileName(), content)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ResourceUploadPolicy.MAX_BYTES);
        upload.setAcceptedFileTypes(ResourceUploadPolicy.acceptedFileTypes());
        upload.setId(idPrefix + "-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("advocacy.field.file"));
        // The browser refuses too large or unlisted files before sending them: say so, naming the file.
        UploadTexts.apply(upload);
        upload.addFileRejectedListener(e -> refuse(getTranslation("advocacy.upload.rejected", e.getFileName(),
                UploadTexts.rejection(e))));
        upload.addFileRemovedListener(e -> clearFile());
        fileStatus.setId(idPrefix + "-file-status");
        fileStatus.getElement().setAttribute("aria-live", "polite");
        link.setLabel(getTranslation("advocacy.field.link"));
        link.setHelperText(getTranslation("advocacy.field.link.help"));
        link.setMaxLength(500);
        link.setWidthFull();
        link.setId(idPrefix + "-link");
        note.setLabel(getTranslation("advocacy.field.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId(idPrefix + "-note");
        AdvocacyLabels.checkedByTheService(link, note);
        Paragraph rules = new Paragraph(getTranslation("advocacy.upload.rules",
                ResourceUploadPolicy.MAX_BYTES / (1024 * 1024)));
        rules.addClassName("advocacy-upload-rules");
        Span fileLabel = new Span(getTranslation("advocacy.field.file"));
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(fileLabel, upload, fileStatus, rules, link, note);
    }

    /** A file arrived: kept for saving if the policy accepts it, else refused with its name and the reason. */
    void receive(String name, byte[] content) {
        ResourceUploadPolicy.Result result = ResourceUploadPolicy.check(name, content);
        if (!result.accepted()) {
            clearFile();
            refuse(getTranslation(result.refusalKey(), name));
            return;
        }
        fileName = name;
        bytes = content;
        fileStatus.setText(getTranslation("advocacy.upload.ready", name, AdvocacyLabels.size(this, content.length)));
        fileStatus.removeClassName("advocacy-error");
    }

    private void refuse(String message) {
        fileStatus.setText(message);
        fileStatus.addClassName("advocacy-error");
        PortalMessages.problem(Notification.show(message));
    }

    private void clearFile() {
        fileName = null;
        bytes = null;
        fileStatus.setText("");
    }

    boolean hasFile() {
        return bytes != null;
    }

    ResourceContent content() {
        String url = link.getValue() == null || link.getValue().isBlank() ? null : link.getValue().strip();
        return new ResourceContent(fileName, bytes, url, note.getValue());
    }

    /** Marks the field at fault; returns false when the error is not one of this input's. */
    boolean show(InvalidInput invalid) {
        String message = getTranslation(invalid.messageKey(), invalid.arguments());
        switch (invalid.field()) {
            case "link" -> {
                link.setErrorMessage(message);
                link.setInvalid(true);
            }
            case "note" -> {
                note.setErrorMessage(message);
                note.setInvalid(true);
            }
            case "file", "content" -> {
                fileStatus.setText(message);
                fileStatus.addClassName("advocacy-error");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    void clearErrors() {
        link.setInvalid(false);
        note.setInvalid(false);
        if (fileStatus.hasClassName("advocacy-error")) {
            fileStatus.setText("");
            fileStatus.removeClassName("advocacy-error");
        }
    }

    void reset() {
        clearFile();
        upload.clearFileList();
        link.clear();
        note.clear();
    }
}
