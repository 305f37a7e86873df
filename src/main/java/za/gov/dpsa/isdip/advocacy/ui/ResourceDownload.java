package za.gov.dpsa.isdip.advocacy.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.ResourceFile;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.core.NotFound;

/**
 * Serves a version's file as an attachment with the type the upload policy decided and no content sniffing, so a
 * browser never runs or renders what it downloads. Each download counts as a use in the official's department.
 * The resource is looked up again at download time, in the downloading user's context.
 */
record ResourceDownload(AdvocacyLibrary library, ResourceSource source, long id, Integer number)
        implements DownloadHandler {

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Optional<ResourceFile> file;
        try {
            file = library.download(source, id, number);
        } catch (NotFound notFound) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        ResourceFile f = file.get();
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        event.setFileName(f.fileName());
        event.setContentType(f.contentType());
        event.setContentLength(f.content().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(f.content());
        }
    }
}
