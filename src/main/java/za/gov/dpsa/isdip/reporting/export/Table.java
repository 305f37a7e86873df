package za.gov.dpsa.isdip.reporting.export;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One titled grid of text cells, the common input of the CSV, XLSX and PDF writers, so a report is
 * assembled once and exported in any format.
 *
 * <p>The lists are copied, so a caller cannot change a table after it was checked; a {@code null} header
 * or cell becomes the empty string, because report data often has gaps and every writer would otherwise
 * need its own null handling. Every row must have exactly one cell per header: a ragged row would shift
 * values into the wrong column without anyone noticing.
 *
 * @param title   what the table is about: section heading in a PDF, sheet name in a workbook
 * @param headers the column labels
 * @param rows    the data rows, each with {@code headers.size()} cells
 */
public record Table(String title, List<String> headers, List<List<String>> rows) {

    /**
     * A plain decimal number: optional minus, no leading zeros, optional fraction, no exponent, no
     * grouping. Deliberately narrow: "007", "1e5" or "1,000" are codes or formatted text and stay text.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");

    /** Copies and checks the lists; see the class comment. */
    public Table {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rows, "rows");
        headers = copyCells(headers);
        int width = headers.size();
        rows = rows.stream().map(row -> copyCells(Objects.requireNonNull(row, "row"))).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != width) {
                throw new IllegalArgumentException("Row " + (i + 1) + " of table '" + title + "' has "
                        + rows.get(i).size() + " cells but there are " + width + " headers");
            }
        }
    }

    private static List<String> copyCells(List<String> cells) {
        return cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }

    /** Whether a cell's text is a plain decimal number (shared so CSV and XLSX agree on what a number is). */
    static boolean isPlainNumber(String cell) {
        return PLAIN_NUMBER.matcher(cell).matches();
    }
}
