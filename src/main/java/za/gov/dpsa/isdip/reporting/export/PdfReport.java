package za.gov.dpsa.isdip.reporting.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes a printable report as an A4 portrait PDF with OpenPDF: a bold title, subtitle lines, then one
 * headed table per section, and on every page a footer with the page number and a caller's text (for
 * example a checksum, so a printed copy can be matched to the data it came from).
 *
 * <p>Tables span the page width with columns proportional to their content, and repeat their shaded
 * header row on each page they run onto, so a long table stays readable when printed. Only the standard
 * Helvetica font is used: no font files to ship, but it covers Windows-1252 only, so characters outside it
 * do not print.
 */
public final class PdfReport {

    private static final float MARGIN = 40f;
    private static final float FOOTER_SPACE = 30f;
    private static final Color HEADER_SHADE = new Color(0xD9, 0xD9, 0xD9);

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEADER_CELL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font FOOTER = new Font(Font.HELVETICA, 8, Font.NORMAL);

    /** A column's share of the width is its longest text, within these bounds, so no column vanishes. */
    private static final int MIN_WEIGHT = 4;
    private static final int MAX_WEIGHT = 40;

    private PdfReport() {
    }

    /**
     * The report as PDF bytes.
     *
     * @param title         printed first, in bold 16 pt
     * @param subtitleLines printed under the title, one paragraph each (for example department and period)
     * @param sections      one heading (the table's title) and table each, in order
     * @param footer        printed on every page after "Page n" (may be empty)
     */
    public static byte[] write(String title, List<String> subtitleLines, List<Table> sections, String footer) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitleLines, "subtitleLines");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(footer, "footer");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER_SPACE);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(footer));
            document.addTitle(title);
            document.addCreator("ISDIP Portal");
            document.open();

            Paragraph heading = new Paragraph(title, TITLE);
            heading.setSpacingAfter(6f);
            document.add(heading);
            for (String line : subtitleLines) {
                document.add(new Paragraph(Objects.requireNonNullElse(line, ""), SUBTITLE));
            }
            for (Table section : sections) {
                Paragraph sectionHeading = new Paragraph(section.title(), HEADING);
                sectionHeading.setSpacingBefore(12f);
                sectionHeading.setSpacingAfter(4f);
                document.add(sectionHeading);
                if (!section.headers().isEmpty()) {
                    document.add(table(section));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF report '" + title + "'", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Table section) {
        PdfPTable table = new PdfPTable(columnWeights(section));
        table.setWidthPercentage(100f);
        table.setHeaderRows(1); // repeated at the top of every page the table continues on
        for (String header : section.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER_CELL));
            cell.setBackgroundColor(HEADER_SHADE);
            cell.setPadding(4f);
            table.addCell(cell);
        }
        for (List<String> row : section.rows()) {
            for (String text : row) {
                PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
                cell.setPadding(4f);
                if (Table.isPlainNumber(text)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static float[] columnWeights(Table section) {
        float[] weights = new float[section.headers().size()];
        for (int c = 0; c < weights.length; c++) {
            int longest = section.headers().get(c).length();
            for (List<String> row : section.rows()) {
                longest = Math.max(longest, row.get(c).length());
            }
            weights[c] = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, longest));
        }
        return weights;
    }

    /** Draws "Page n  footer" in the bottom margin of each page as it is finished. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String line = "Page " + writer.getPageNumber() + (text.isEmpty() ? "" : "   " + text);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(line, FOOTER),
                    document.left(), document.bottom() - FOOTER_SPACE + 8f, 0f);
        }
    }
}
