package za.gov.dpsa.isdip.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** XLSX export: the package parts, sheet names, cell references and cell types, read back with a DOM parser. */
class XlsxWriterTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static final Table SCORES = new Table("Scores", List.of("Name", "Score", "Code"), List.of(
            List.of("Ann", "12.5", "007"),
            List.of("Ben", "-3", "1e5")));

    @Test
    void everyPartOfTheMinimalPackageIsThereAndIsWellFormedXml() throws Exception {
        Map<String, byte[]> parts = unzip(XlsxWriter.write(List.of(SCORES, SCORES)));

        assertThat(parts.keySet()).containsExactly(
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        for (byte[] part : parts.values()) {
            assertThat(parse(part).getDocumentElement()).isNotNull();
        }
    }

    @Test
    void contentTypesAndRelationshipsTieTheSheetsAndStylesToTheWorkbook() throws Exception {
        Map<String, byte[]> parts = unzip(XlsxWriter.write(List.of(SCORES, SCORES)));

        Map<String, String> overrides = new LinkedHashMap<>();
        for (Element e : elements(parse(parts.get("[Content_Types].xml")), CT, "Override")) {
            overrides.put(e.getAttribute("PartName"), e.getAttribute("ContentType"));
        }
        assertThat(overrides).containsEntry("/xl/workbook.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
                .containsEntry("/xl/styles.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
                .containsEntry("/xl/worksheets/sheet2.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");

        Element root = elements(parse(parts.get("_rels/.rels")), PKG_REL, "Relationship").get(0);
        assertThat(root.getAttribute("Type")).isEqualTo(REL + "/officeDocument");
        assertThat(root.getAttribute("Target")).isEqualTo("xl/workbook.xml");

        Map<String, String> targets = new LinkedHashMap<>();
        for (Element e : elements(parse(parts.get("xl/_rels/workbook.xml.rels")), PKG_REL, "Relationship")) {
            targets.put(e.getAttribute("Id"), e.getAttribute("Target"));
        }
        List<Element> sheets = elements(parse(parts.get("xl/workbook.xml")), MAIN, "sheet");
        assertThat(sheets).hasSize(2);
        assertThat(targets.get(sheets.get(0).getAttributeNS(REL, "id"))).isEqualTo("worksheets/sheet1.xml");
        assertThat(targets.get(sheets.get(1).getAttributeNS(REL, "id"))).isEqualTo("worksheets/sheet2.xml");
        assertThat(targets).containsValue("styles.xml");
    }

    @Test
    void sheetNamesAreMadeAcceptableToExcel() throws Exception {
        String forty = "Service delivery improvement plan 2025/6"; // 40 characters, one of them '/'
        assertThat(forty).hasSize(40);
        List<Table> tables = List.of(
                table("Q1 [draft]: a/b\\c*?"),
                table(forty),
                table("Summary"),
                table("summary"),
                table("Summary"),
                table(" "),
                table("History"),
                table(forty));

        Document workbook = parse(unzip(XlsxWriter.write(tables)).get("xl/workbook.xml"));

        List<String> names = elements(workbook, MAIN, "sheet").stream().map(e -> e.getAttribute("name")).toList();
        assertThat(names).containsExactly(
                "Q1 _draft__ a_b_c__",
                "Service delivery improvement pl",
                "Summary",
                "summary (2)",
                "Summary (3)",
                "Sheet",
                "History (2)",
                "Service delivery improvemen (2)");
        assertThat(names).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31)
                .doesNotContain("[", "]", ":", "*", "?", "/", "\\"));
        assertThat(elements(workbook, MAIN, "sheet").stream().map(e -> e.getAttribute("sheetId")).toList())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(XlsxWriter.columnName(0)).isEqualTo("A");
        assertThat(XlsxWriter.columnName(25)).isEqualTo("Z");
        assertThat(XlsxWriter.columnName(26)).isEqualTo("AA");
        assertThat(XlsxWriter.columnName(27)).isEqualTo("AB");
        assertThat(XlsxWriter.columnName(51)).isEqualTo("AZ");
        assertThat(XlsxWriter.columnName(52)).isEqualTo("BA");
        assertThat(XlsxWriter.columnName(701)).isEqualTo("ZZ");
        assertThat(XlsxWriter.columnName(702)).isEqualTo("AAA");
        assertThat(XlsxWriter.columnName(16383)).isEqualTo("XFD"); // Excel's last column
    }

    @Test
    void aTwentySevenColumnTableEndsInColumnAa() throws Exception {
        List<String> headers = IntStream.rangeClosed(1, 27).mapToObj(i -> "H" + i).toList();
        List<String> row = IntStream.rangeClosed(1, 27).mapToObj(i -> "v" + i).toList();

        Document sheet = sheet1(new Table("Wide", headers, List.of(row)));

        List<Element> rows = elements(sheet, MAIN, "row");
        assertThat(rows).extracting(r -> r.getAttribute("r")).containsExactly("1", "2");
        List<String> headerRefs = cellsOf(rows.get(0)).stream().map(c -> c.getAttribute("r")).toList();
        assertThat(headerRefs).hasSize(27).startsWith("A1", "B1").endsWith("Y1", "Z1", "AA1");
        Element last = cellsOf(rows.get(1)).get(26);
        assertThat(last.getAttribute("r")).isEqualTo("AA2");
        assertThat(text(last)).isEqualTo("v27");
    }

    @Test
    void plainNumbersAreValuesAndEverythingElseIsAnInlineString() throws Exception {
        Document sheet = sheet1(SCORES);

        Element b2 = cell(sheet, "B2");
        assertThat(b2.hasAttribute("t")).isFalse();
        assertThat(children(b2, "v")).singleElement().extracting(Element::getTextContent).isEqualTo("12.5");
        Element b3 = cell(sheet, "B3");
        assertThat(b3.hasAttribute("t")).isFalse();
        assertThat(children(b3, "v")).singleElement().extracting(Element::getTextContent).isEqualTo("-3");

        for (String ref : List.of("A2", "C2", "C3")) {
            Element c = cell(sheet, ref);
            assertThat(c.getAttribute("t")).as(ref).isEqualTo("inlineStr");
            assertThat(children(c, "v")).as(ref).isEmpty();
        }
        assertThat(text(cell(sheet, "A2"))).isEqualTo("Ann");
        assertThat(text(cell(sheet, "C2"))).isEqualTo("007"); // a code keeps its leading zeros
        assertThat(text(cell(sheet, "C3"))).isEqualTo("1e5");
    }

    @Test
    void aNumberTooLongForExcelStaysText() throws Exception {
        Document sheet = sheet1(new Table("Ids", List.of("Big", "Ok"),
                List.of(List.of("1234567890123456", "123456789012345"))));

        assertThat(cell(sheet, "A2").getAttribute("t")).isEqualTo("inlineStr");
        assertThat(text(cell(sheet, "A2"))).isEqualTo("1234567890123456");
        assertThat(cell(sheet, "B2").hasAttribute("t")).isFalse();
    }

    @Test
    void theHeaderRowIsTextInTheBoldStyle() throws Exception {
        Map<String, byte[]> parts = unzip(XlsxWriter.write(List.of(
                new Table("Years", List.of("2024", "Name"), List.of(List.of("1", "x"))))));
        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));

        Element a1 = cell(sheet, "A1");
        assertThat(a1.getAttribute("t")).isEqualTo("inlineStr");
        assertThat(text(a1)).isEqualTo("2024");
        assertThat(a1.getAttribute("s")).isEqualTo("1");
        assertThat(cell(sheet, "A2").hasAttribute("s")).isFalse();

        Document styles = parse(parts.get("xl/styles.xml"));
        Element cellXfs = elements(styles, MAIN, "cellXfs").get(0);
        Element headerXf = children(cellXfs, "xf").get(1);
        int fontId = Integer.parseInt(headerXf.getAttribute("fontId"));
        Element font = elements(styles, MAIN, "font").get(fontId);
        assertThat(children(font, "b")).hasSize(1);
        Element normalFont = elements(styles, MAIN, "font").get(
                Integer.parseInt(children(cellXfs, "xf").get(0).getAttribute("fontId")));
        assertThat(children(normalFont, "b")).isEmpty();
    }

    @Test
    void xmlSpecialCharactersRoundTripAndIllegalCharactersAreDropped() throws Exception {
        String special = "<a href=\"x\"> & 'b' </a>";
        Table table = new Table("Tom & Jerry's <\"sheet\">", List.of("Text"), List.of(
                List.of(special),
                List.of("bell\u0007end\u0000\uFFFF"),
                List.of("two\r\nlines\tand\ttabs")));
        Map<String, byte[]> parts = unzip(XlsxWriter.write(List.of(table)));

        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        assertThat(text(cell(sheet, "A2"))).isEqualTo(special);
        assertThat(text(cell(sheet, "A3"))).isEqualTo("bellend");
        assertThat(text(cell(sheet, "A4"))).isEqualTo("two\r\nlines\tand\ttabs");
        Document workbook = parse(parts.get("xl/workbook.xml"));
        assertThat(elements(workbook, MAIN, "sheet").get(0).getAttribute("name"))
                .isEqualTo("Tom & Jerry's <\"sheet\">");
    }

    @Test
    void emptyCellsAreLeftOutButTheirNeighboursKeepTheirColumns() throws Exception {
        Document sheet = sheet1(new Table("Gaps", List.of("a", "b", "c"), List.of(List.of("x", "", "z"))));

        Element row2 = elements(sheet, MAIN, "row").get(1);
        assertThat(cellsOf(row2)).extracting(c -> c.getAttribute("r")).containsExactly("A2", "C2");
    }

    @Test
    void anEmptyWorkbookIsRejectedBecauseExcelNeedsASheet() {
        assertThatThrownBy(() -> XlsxWriter.write(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameTablesGiveTheSameBytes() {
        assertThat(XlsxWriter.write(List.of(SCORES))).isEqualTo(XlsxWriter.write(List.of(SCORES)))
                .isNotEqualTo(XlsxWriter.write(List.of(table("Other"))));
    }

    // --- helpers ---

    private static Table table(String title) {
        return new Table(title, List.of("a"), List.of(List.of("1")));
    }

    private static Document sheet1(Table table) throws Exception {
        return parse(unzip(XlsxWriter.write(List.of(table))).get("xl/worksheets/sheet1.xml"));
    }

    private static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> list = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && MAIN.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    private static List<Element> cellsOf(Element row) {
        return children(row, "c");
    }

    private static Element cell(Document sheet, String ref) {
        return elements(sheet, MAIN, "c").stream().filter(c -> ref.equals(c.getAttribute("r"))).findFirst()
                .orElseThrow(() -> new AssertionError("No cell " + ref));
    }

    /** The text of an inline-string cell: c/is/t. */
    private static String text(Element cell) {
        List<Element> is = children(cell, "is");
        assertThat(is).hasSize(1);
        List<Element> t = children(is.get(0), "t");
        assertThat(t).hasSize(1);
        return t.get(0).getTextContent();
    }
}
