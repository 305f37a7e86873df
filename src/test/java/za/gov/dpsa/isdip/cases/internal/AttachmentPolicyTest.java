package za.gov.dpsa.isdip.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;


/** Which files a case may carry, judged by name and by content. */
class AttachmentPolicyTest {

    static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R', 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02);
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01,
            0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9);
    static final byte[] DOCX = zip("[Content_Types].xml", "word/document.xml");
    static final byte[] XLSX = zip("[Content_Types].xml", "xl/workbook.xml");
    static final byte[] ZIP = zip("META-INF/MANIFEST.MF", "za/gov/Tool.class");
    static final byte[] WINDOWS_EXE = bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00,
            0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00);
    static final byte[] ELF = bytes(0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00);
    static final byte[] ELF_PRINTABLE = bytes(0x7F, 'E', 'L', 'F', 'r', 'e', 'p', 'o', 'r', 't', '\n');

    @Test
    void acceptsAMinimalPdfAndServesItAsPdf() {
        assertAccepted("queue-times.pdf", PDF, "application/pdf");
    }

    @Test
    void acceptsImagesWhoseContentMatchesTheName() {
        assertAccepted("signage.png", PNG, "image/png");
        assertAccepted("office.jpg", JPEG, "image/jpeg");
        assertAccepted("office.jpeg", JPEG, "image/jpeg");
    }

    @Test
    void acceptsOfficeDocumentsWithAZipHeader() {
        assertAccepted("charter.docx", DOCX,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertAccepted("register.xlsx", XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void refusesAZipThatIsNotTheOfficeDocumentItsNameSays() {
        assertRefused("tool.docx", ZIP, "cases.attachment.content");
        assertRefused("register.xlsx", DOCX, "cases.attachment.content");
        assertRefused("charter.docx", XLSX, "cases.attachment.content");
    }

    @Test
    void acceptsUtf8TextAndCsv() {
        byte[] text = "Queue times at Bellville — Nkosi Sikelel' iAfrika, café, ñ\r\n\tSecond line\f\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] csv = "reference,title,created\nDEL-2025-000001,\"Queue, long\",2025-01-02\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFFreference;title\n").getBytes(StandardCharsets.UTF_8);

        assertAccepted("notes.txt", text, "text/plain");
        assertAccepted("cases.csv", csv, "text/csv");
        assertAccepted("export.csv", withBom, "text/csv");
    }

    @Test
    void extensionsMatchWhateverTheirCase() {
        assertAccepted("REPORT.PDF", PDF, "application/pdf");
        assertAccepted("Photo.JpEg", JPEG, "image/jpeg");
        assertAccepted("Minutes.TXT", ascii("Minutes of the meeting"), "text/plain");
    }

    @Test
    void onlyTheLastExtensionCounts() {
        assertAccepted("report.exe.pdf", PDF, "application/pdf");
        assertRefused("report.pdf.exe", PDF, "cases.attachment.type");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused("empty.pdf", new byte[0], "cases.attachment.empty");
        assertRefused("empty.txt", new byte[0], "cases.attachment.empty");
    }

    @Test
    void acceptsExactlyTheLimitAndRefusesOneByteMore() {
        assertAccepted("at-limit.pdf", pdfOfSize(AttachmentPolicy.MAX_BYTES), "application/pdf");
        assertRefused("too-big.pdf", pdfOfSize(AttachmentPolicy.MAX_BYTES + 1), "cases.attachment.tooLarge");
        assertThat(AttachmentPolicy.MAX_BYTES).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void refusesUnknownExtensionsAndNamesWithoutOne() {
        assertRefused("tool.exe", WINDOWS_EXE, "cases.attachment.type");
        assertRefused("README", ascii("plain words"), "cases.attachment.type");
        assertRefused("report.", PDF, "cases.attachment.type");
        assertRefused("archive.zip", ZIP, "cases.attachment.type");
        assertRefused("page.html", ascii("<html></html>"), "cases.attachment.type");
        assertRefused(null, PDF, "cases.attachment.type");
    }

    @Test
    void refusesAWindowsExecutableRenamedAsADocument() {
        assertRefused("invoice.pdf", WINDOWS_EXE, "cases.attachment.content");
        assertRefused("notes.txt", WINDOWS_EXE, "cases.attachment.content");
        // Text that merely starts with the letters of an executable header is still text.
        assertAccepted("mzansi.txt", ascii("MZANSI service report\n"), "text/plain");
        assertRefused("minutes.docx", WINDOWS_EXE, "cases.attachment.content");
    }

    @Test
    void refusesAnElfBinaryRenamedAsCsv() {
        assertRefused("cases.csv", ELF, "cases.attachment.content");
        assertRefused("cases.csv", ELF_PRINTABLE, "cases.attachment.content");
    }

    @Test
    void refusesAnImageWhoseContentIsAnotherImageType() {
        assertRefused("photo.jpg", PNG, "cases.attachment.content");
        assertRefused("photo.png", JPEG, "cases.attachment.content");
    }

    @Test
    void refusesBinaryBytesInATextFile() {
        assertRefused("notes.txt", ascii("line one\u0000line two"), "cases.attachment.content");
        assertRefused("notes.csv", ascii("a,b\u0002,c"), "cases.attachment.content");
        assertRefused("report.pdf", ascii("Not a PDF at all"), "cases.attachment.content");
    }

    @Test
    void aRefusalCarriesNoContentType() {
        AttachmentPolicy.Result result = AttachmentPolicy.check("tool.exe", WINDOWS_EXE);

        assertThat(result.accepted()).isFalse();
        assertThat(result.contentType()).isNull();
        assertThat(result.refusalKey()).isEqualTo("cases.attachment.type");
    }

    private static void assertAccepted(String fileName, byte[] content, String contentType) {
        AttachmentPolicy.Result result = AttachmentPolicy.check(fileName, content);
        assertThat(result.refusalKey()).as("refusal of %s", fileName).isNull();
        assertThat(result.accepted()).as("%s accepted", fileName).isTrue();
        assertThat(result.contentType()).as("content type of %s", fileName).isEqualTo(contentType);
    }

    private static void assertRefused(String fileName, byte[] content, String refusalKey) {
        AttachmentPolicy.Result result = AttachmentPolicy.check(fileName, content);
        assertThat(result.accepted()).as("%s accepted", fileName).isFalse();
        assertThat(result.refusalKey()).as("refusal of %s", fileName).isEqualTo(refusalKey);
        assertThat(result.contentType()).as("content type of refused %s", fileName).isNull();
    }

    private static byte[] pdfOfSize(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(PDF);
        byte[] padding = new byte[size - PDF.length];
        Arrays.fill(padding, (byte) ' ');
        out.writeBytes(padding);
        byte[] content = out.toByteArray();
        assertThat(content).hasSize(size);
        return content;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    static byte[] zip(String... entries) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
