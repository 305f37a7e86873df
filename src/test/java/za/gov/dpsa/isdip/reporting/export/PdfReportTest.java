package za.gov.dpsa.isdip.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** PDF export, read back with OpenPDF's own parser. */
class PdfReportTest {

    private static final String FOOTER = "SHA-256 3f9a1c0b7e";

    @Test
    void aShortReportIsOneA4PageWithTitleSubtitleTableAndFooter() throws Exception {
        Table table = new Table("Indicators", List.of("Indicator", "Target", "Actual"), List.of(
                List.of("Average queue time (minutes)", "30", "42.5"),
                List.of("Complaints resolved", "90", "87")));

        byte[] pdf = PdfReport.write("Quarterly SDIP report",
                List.of("Department of Home Affairs", "Q1 2025/26"), List.of(table), FOOTER);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            Rectangle size = reader.getPageSize(1);
            assertThat(size.getWidth()).isCloseTo(595f, within(1f));
            assertThat(size.getHeight()).isCloseTo(842f, within(1f));

            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page).contains("Quarterly SDIP report", "Department of Home Affairs", "Q1 2025/26",
                    "Indicators", "Average queue time (minutes)", "42.5", "Page 1", FOOTER);
            assertThat(page.indexOf("Quarterly SDIP report")).isLessThan(page.indexOf("Average queue time"));
        } finally {
            reader.close();
        }
    }

    @Test
    void theTitleIsInBoldHelvetica() {
        byte[] pdf = PdfReport.write("Title", List.of(), List.of(), "");
        // Font dictionaries are not compressed, so the base font names are in the file as text.
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/Helvetica-Bold");
    }

    @Test
    void aLongTableRunsOntoMorePagesAndRepeatsItsHeaderAndTheFooter() throws Exception {
        List<List<String>> rows = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> List.of("Service point " + i, String.valueOf(i * 3), "ok")).toList();
        Table table = new Table("Service points", List.of("Location Name", "Visitors", "Status Flag"), rows);

        byte[] pdf = PdfReport.write("Annual report", List.of(), List.of(table), FOOTER);

        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            String second = extractor.getTextFromPage(2);
            String last = extractor.getTextFromPage(pages);

            assertThat(first).contains("Annual report", "Location Name", "Service point 1", "Page 1", FOOTER)
                    .doesNotContain("Service point 200");
            assertThat(second).contains("Location Name", "Visitors", "Status Flag", "Page 2", FOOTER)
                    .doesNotContain("Annual report");
            assertThat(second.indexOf("Location Name")).isLessThan(second.indexOf("Service point"));
            assertThat(last).contains("Service point 200", "Page " + pages, FOOTER);
        } finally {
            reader.close();
        }
    }

    @Test
    void aSectionWithoutColumnsPrintsOnlyItsHeading() throws Exception {
        byte[] pdf = PdfReport.write("Report", List.of("Sub"),
                List.of(new Table("Nothing to show", List.of(), List.of())), "");

        PdfReader reader = new PdfReader(pdf);
        try {
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(page).contains("Report", "Sub", "Nothing to show", "Page 1");
        } finally {
            reader.close();
        }
    }
}
