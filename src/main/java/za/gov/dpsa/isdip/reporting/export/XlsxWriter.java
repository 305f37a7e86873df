package za.gov.dpsa.isdip.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes tables as an Excel workbook (XLSX), one sheet per table, without Apache POI: an XLSX file is a
 * ZIP of a handful of XML parts, and the few we need are written here following the minimal ECMA-376
 * (Office Open XML) SpreadsheetML package.
 *
 * <ul>
 *   <li>Text goes in inline strings ({@code t="inlineStr"}), so no shared-string table is needed; plain
 *       decimal numbers go in {@code <v>} so they can be summed. Numbers with more than 15 digits stay
 *       text, because Excel keeps only 15 significant digits and would silently change them.</li>
 *   <li>The header row is bold (style 1 in {@code xl/styles.xml}) and frozen.</li>
 *   <li>Sheet names are made acceptable to Excel, which refuses the whole file otherwise: no
 *       {@code []:*?/\}, at most 31 characters, not blank, unique ignoring case.</li>
 *   <li>Text is XML-escaped, and characters XML 1.0 forbids (most control characters) are dropped,
 *       since a single one makes the file unreadable.</li>
 *   <li>ZIP entry times are fixed, so the same tables always give the same bytes (stable checksums).</li>
 * </ul>
 */
public final class XlsxWriter {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Excel's limit on a sheet name's length. */
    static final int MAX_SHEET_NAME = 31;
    /** Excel keeps 15 significant digits; longer numbers stay text so they are not altered. */
    private static final int MAX_NUMBER_DIGITS = 15;

    private static final long ENTRY_TIME =
            ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneId.systemDefault()).toInstant().toEpochMilli();

    private XlsxWriter() {
    }

    /**
     * The tables as XLSX bytes, one worksheet per table in the given order, named after its title.
     *
     * @throws IllegalArgumentException if there is no table (a workbook needs at least one sheet)
     */
    public static byte[] write(List<Table> sheets) {
        Objects.requireNonNull(sheets, "sheets");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one sheet");
        }
        List<String> names = sheetNames(sheets.stream().map(Table::title).toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            put(zip, "_rels/.rels", rootRels());
            put(zip, "xl/workbook.xml", workbook(names));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
            put(zip, "xl/styles.xml", styles());
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", worksheet(sheets.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with an in-memory stream
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheetCount) {
        StringBuilder xml = new StringBuilder(XML_DECL)
                .append("<Types xmlns=\"").append(CT_NS).append("\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheetCount; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String rootRels() {
        return XML_DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>";
    }

    private static String workbook(List<String> names) {
        StringBuilder xml = new StringBuilder(XML_DECL)
                .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<sheets>");
        for (int i = 0; i < names.size(); i++) {
            xml.append("<sheet name=\"").append(escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    /** Worksheets are rId1..rIdN (sheet i is rId i), styles come after them. */
    private static String workbookRels(int sheetCount) {
        StringBuilder xml = new StringBuilder(XML_DECL)
                .append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheetCount; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheetCount + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    /** Style 0 is normal, style 1 the bold header; fills 0 and 1 are the two Excel requires. */
    private static String styles() {
        return XML_DECL + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<fonts count=\"2\">"
                + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "</fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String worksheet(Table table) {
        StringBuilder xml = new StringBuilder(XML_DECL)
                .append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">");
        // Element order is fixed by the schema: sheetViews, cols, sheetData.
        xml.append("<sheetViews><sheetView workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/>")
                .append("</sheetView></sheetViews>");
        appendColumnWidths(xml, table);
        xml.append("<sheetData>");
        xml.append("<row r=\"1\">");
        for (int c = 0; c < table.headers().size(); c++) {
            appendText(xml, columnName(c) + 1, table.headers().get(c), true);
        }
        xml.append("</row>");
        for (int r = 0; r < table.rows().size(); r++) {
            int rowNumber = r + 2;
            xml.append("<row r=\"").append(rowNumber).append("\">");
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String ref = columnName(c) + rowNumber;
                if (cell.isEmpty()) {
                    continue; // an absent cell is an empty cell
                }
                if (isNumber(cell)) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(cell).append("</v></c>");
                } else {
                    appendText(xml, ref, cell, false);
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** Columns as wide as their longest text (within reason), so the sheet is readable when opened. */
    private static void appendColumnWidths(StringBuilder xml, Table table) {
        int columns = table.headers().size();
        if (columns == 0) {
            return;
        }
        xml.append("<cols>");
        for (int c = 0; c < columns; c++) {
            int longest = table.headers().get(c).codePointCount(0, table.headers().get(c).length());
            for (List<String> row : table.rows()) {
                longest = Math.max(longest, row.get(c).codePointCount(0, row.get(c).length()));
            }
            int width = Math.min(60, Math.max(8, longest + 2));
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1)
                    .append("\" width=\"").append(width).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols>");
    }

    private static void appendText(StringBuilder xml, String ref, String text, boolean header) {
        String escaped = escape(text);
        xml.append("<c r=\"").append(ref).append('"');
        if (header) {
            xml.append(" s=\"1\"");
        }
        xml.append(" t=\"inlineStr\"><is><t");
        if (!escaped.isEmpty() && (isXmlSpace(escaped.charAt(0)) || isXmlSpace(escaped.charAt(escaped.length() - 1)))) {
            xml.append(" xml:space=\"preserve\""); // otherwise Excel trims leading/trailing blanks
        }
        xml.append('>').append(escaped).append("</t></is></c>");
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNumber(String cell) {
        if (!Table.isPlainNumber(cell)) {
            return false;
        }
        long digits = cell.chars().filter(Character::isDigit).count();
        return digits <= MAX_NUMBER_DIGITS;
    }

    /** The spreadsheet column letters for a 0-based index: 0 is A, 25 is Z, 26 is AA, 701 is ZZ, 702 is AAA. */
    static String columnName(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("Column index must not be negative: " + index);
        }
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.append((char) ('A' + (n - 1) % 26));
        }
        return name.reverse().toString();
    }

    /**
     * Sheet names Excel accepts, one per title in order: forbidden characters become {@code _}, control
     * characters are dropped, names are cut to 31 characters, leading/trailing apostrophes (also refused)
     * are removed, a blank name becomes "Sheet", "History" (reserved) gets a suffix, and repeats
     * (ignoring case, as Excel does) get " (2)", " (3)" and so on, still within 31 characters.
     */
    static List<String> sheetNames(List<String> titles) {
        List<String> names = new ArrayList<>(titles.size());
        Set<String> taken = new HashSet<>();
        for (String title : titles) {
            String base = cleanSheetName(title);
            String name = base;
            for (int n = 2; taken.contains(key(name)) || key(name).equals("history"); n++) {
                String suffix = " (" + n + ")";
                name = trimApostrophes(cut(base, MAX_SHEET_NAME - suffix.length())) + suffix;
            }
            taken.add(key(name));
            names.add(name);
        }
        return names;
    }

    private static String cleanSheetName(String title) {
        StringBuilder clean = new StringBuilder();
        title.codePoints().forEach(cp -> {
            if ("[]:*?/\\".indexOf(cp) >= 0) {
                clean.append('_');
            } else if (cp >= 0x20 && isXmlChar(cp)) {
                clean.appendCodePoint(cp);
            }
        });
        String name = trimApostrophes(cut(trimApostrophes(clean.toString()), MAX_SHEET_NAME));
        return name.isEmpty() ? "Sheet" : name;
    }

    private static String trimApostrophes(String name) {
        String trimmed = name.strip();
        while (trimmed.startsWith("'")) {
            trimmed = trimmed.substring(1).strip();
        }
        while (trimmed.endsWith("'")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** XML-escapes text for element content or an attribute, dropping characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;"); // a literal CR would be turned into LF by the reader
                default -> {
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The XML 1.0 Char production; lone surrogates arrive here as code points D800-DFFF and fail it. */
    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
