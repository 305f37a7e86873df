package za.gov.dpsa.isdip.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The portal's one CSV writer: every CSV download (reports, the case list, training progress) is written here, so
 * they open the same way in Excel and LibreOffice and carry the same guard.
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark: without it Excel assumes the local code page and garbles names with
 *       diacritics.</li>
 *   <li>RFC 4180: every cell quoted, quotes doubled, CRLF line ends, the header line first, so commas, quotes and
 *       line breaks inside cells survive.</li>
 *   <li>Formula injection guard (OWASP "CSV injection"): a cell that a spreadsheet would run as a formula, because it
 *       starts with {@code = + - @} (or their full-width forms), a tab or a carriage return, gets a leading
 *       apostrophe, so a case title such as {@code =HYPERLINK("http://…")} is shown as text. A plain number such as
 *       {@code -12.5} is left alone, so negative figures stay numbers.</li>
 * </ul>
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");

    private Csv() {
    }

    /** BOM, the header line, then one line per row, each ended by CRLF; a {@code null} cell is empty. */
    public static byte[] write(List<String> headers, List<? extends List<String>> rows) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rows, "rows");
        StringBuilder csv = new StringBuilder();
        appendLine(csv, headers);
        for (List<String> row : rows) {
            appendLine(csv, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() + BOM.length + 16);
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The cell with a leading apostrophe if a spreadsheet would read it as a formula; null becomes empty. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + cell;
            default -> cell;
        };
    }

    /** An RFC 4180 cell: guarded, in double quotes, with quotes inside doubled. */
    static String quoted(String cell) {
        return '"' + guard(cell).replace("\"", "\"\"") + '"';
    }

    private static void appendLine(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
