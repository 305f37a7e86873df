package za.gov.dpsa.isdip.reporting.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import za.gov.dpsa.isdip.core.SpreadsheetCells;

/**
 * Writes a {@link Table} as CSV that Excel and LibreOffice open correctly on a double click.
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark: without it Excel assumes the local code page and garbles names
 *       with diacritics.</li>
 *   <li>RFC 4180: every cell quoted, quotes doubled, CRLF line ends, the header line first, so commas,
 *       quotes and line breaks inside cells survive.</li>
 *   <li>Formula injection guard (OWASP "CSV injection"): a cell starting with {@code = + - @}, a tab or a
 *       carriage return would be run as a formula by a spreadsheet, so it gets a leading apostrophe.
 *       A plain number such as {@code -12.5} is left alone, so negative figures stay numbers.</li>
 * </ul>
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    /** The table as CSV bytes: BOM, header line, then one line per row, each ended by CRLF. */
    public static byte[] write(Table table) {
        Objects.requireNonNull(table, "table");
        StringBuilder csv = new StringBuilder();
        appendLine(csv, table.headers());
        for (List<String> row : table.rows()) {
            appendLine(csv, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() + BOM.length + 16);
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void appendLine(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(guard(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /** The cell with a leading apostrophe if a spreadsheet would read it as a formula. */
    static String guard(String cell) {
        return SpreadsheetCells.guard(cell);
    }
}
