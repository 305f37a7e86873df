package za.gov.dpsa.isdip.training.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/** The certificate as a one-page A4 landscape PDF (OpenPDF, standard Helvetica: no font files). */
public final class CertificatePdf {

    private static final Color GREEN = new Color(0x00, 0x7A, 0x4D);

    private CertificatePdf() {
    }

    /**
     * @param verifyAddress where the code can be checked, e.g. {@code https://portal/verify}
     * @param labels        message key to text: {@code training.certificate.pdf.*}
     */
    public static byte[] write(Certificate certificate, String verifyAddress, Function<String, String> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 60, 60, 70, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(labels.apply("training.certificate.pdf.title") + ": " + certificate.courseTitle());
            document.addCreator("ISDIP Portal");
            document.open();
            PdfContentByte canvas = writer.getDirectContentUnder();
            canvas.setColorStroke(GREEN);
            canvas.setLineWidth(4f);
            canvas.rectangle(25, 25, page.getWidth() - 50, page.getHeight() - 50);
            canvas.stroke();

            add(document, labels.apply("training.certificate.pdf.issuer"), new Font(Font.HELVETICA, 12, Font.NORMAL,
                    Color.DARK_GRAY), 20);
            add(document, labels.apply("training.certificate.pdf.title"), new Font(Font.HELVETICA, 30, Font.BOLD,
                    GREEN), 30);
            add(document, labels.apply("training.certificate.pdf.certifies"), new Font(Font.HELVETICA, 13), 10);
            add(document, certificate.holderName(), new Font(Font.HELVETICA, 24, Font.BOLD), 14);
            add(document, labels.apply("training.certificate.pdf.completed"), new Font(Font.HELVETICA, 13), 10);
            add(document, certificate.courseTitle(), new Font(Font.HELVETICA, 20, Font.BOLD), 14);
            add(document, certificate.completedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                    new Font(Font.HELVETICA, 13), 40);
            add(document, labels.apply("training.certificate.pdf.code") + " "
                    + CertificateCodes.display(certificate.code()), new Font(Font.COURIER, 13, Font.BOLD), 6);
            add(document, labels.apply("training.certificate.pdf.verify") + " " + verifyAddress,
                    new Font(Font.HELVETICA, 10, Font.NORMAL, Color.DARK_GRAY), 0);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the certificate", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void add(Document document, String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
    }
}
