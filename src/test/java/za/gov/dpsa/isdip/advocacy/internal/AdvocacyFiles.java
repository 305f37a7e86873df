package za.gov.dpsa.isdip.advocacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;


/** Files for upload tests: real ones, and the kinds an upload must refuse. */
public final class AdvocacyFiles {

    private AdvocacyFiles() {
    }

    public static byte[] pdf(String text) {
        return AdvocacyDemoData.pdf(text);
    }

    /** The start of a Windows executable (MZ header and DOS stub), as a renamed .exe would arrive. */
    public static byte[] executable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    /** A ZIP archive that is not an Office document (a renamed .zip or .jar). */
    public static byte[] plainZip() {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
