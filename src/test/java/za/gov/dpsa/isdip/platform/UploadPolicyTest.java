package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadEvent;

/** The shared upload rules a module cannot get wrong: the server-side size limit and safe file names. */
class UploadPolicyTest {

    private static final UploadPolicy POLICY = new UploadPolicy(1024, List.of("pdf", "txt"));

    @Test
    void theHandlerTellsVaadinThePolicysLimitsForOneFile() {
        InMemoryUploadHandler handler = POLICY.inMemoryHandler((metadata, bytes) -> { });

        assertThat(handler.getFileSizeMax()).isEqualTo(1024);
        assertThat(handler.getRequestSizeMax()).isBetween(1024L, 1024L + 128 * 1024);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }

    @Test
    void aFileDeclaredLargerThanThePolicyIsRefusedUnread() throws IOException {
        AtomicInteger read = new AtomicInteger();
        InputStream body = new ByteArrayInputStream(new byte[4096]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                read.addAndGet(len);
                return super.read(b, off, len);
            }
        };
        AtomicReference<byte[]> received = new AtomicReference<>();
        UploadEvent event = event(body, 4096);

        POLICY.inMemoryHandler((metadata, bytes) -> received.set(bytes)).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(read).hasValue(0);
        assertThat(received).hasNullValue();
    }

    @Test
    void aBodyOfUnknownLengthIsReadOnlyUpToTheLimitAndThenRefused() throws IOException {
        AtomicInteger read = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }
        };
        AtomicReference<byte[]> received = new AtomicReference<>();
        UploadEvent event = event(endless, -1);

        POLICY.inMemoryHandler((metadata, bytes) -> received.set(bytes)).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(read.get()).isLessThanOrEqualTo(1025);
        assertThat(received).hasNullValue();
    }

    @Test
    void aSafeFileNameKeepsOnlyTheNameWithoutQuotesOrControlCharacters() {
        assertThat(UploadPolicy.safeFileName("report \"final\".pdf")).isEqualTo("report _final_.pdf");
        assertThat(UploadPolicy.safeFileName("a.pdf\"; filename=\"evil.exe")).doesNotContain("\"")
                .endsWith("evil.exe");
        assertThat(UploadPolicy.safeFileName("C:\\Users\\thandi\\plan.docx")).isEqualTo("plan.docx");
        assertThat(UploadPolicy.safeFileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(UploadPolicy.safeFileName("line\r\nbreak\t.txt")).isEqualTo("line__break_.txt");
        assertThat(UploadPolicy.safeFileName("a<b>c|d?e*f:g.csv")).isEqualTo("a_b_c_d_e_f_g.csv");
        assertThat(UploadPolicy.safeFileName("Résumé 2026.pdf")).isEqualTo("Résumé 2026.pdf");
        // A right-to-left override (U+202E) would make this name look as if it ended in .pdf.
        assertThat(UploadPolicy.safeFileName("report\u202Efdp.exe")).isEqualTo("report_fdp.exe");
    }

    @Test
    void anEmptyOrPathOnlyNameBecomesAPlainName() {
        assertThat(UploadPolicy.safeFileName(null)).isEqualTo("file");
        assertThat(UploadPolicy.safeFileName("")).isEqualTo("file");
        assertThat(UploadPolicy.safeFileName("  ")).isEqualTo("file");
        assertThat(UploadPolicy.safeFileName("folder/")).isEqualTo("file");
        assertThat(UploadPolicy.safeFileName("..")).isEqualTo("file");
    }

    @Test
    void aVeryLongNameKeepsItsEndingSoTheTypeStays() {
        String name = "x".repeat(300) + ".pdf";
        assertThat(UploadPolicy.safeFileName(name)).hasSize(200).endsWith(".pdf");
    }

    private static UploadEvent event(InputStream body, long declaredSize) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, null, null, "big.pdf", declaredSize, "application/pdf", null, null);
    }
}
