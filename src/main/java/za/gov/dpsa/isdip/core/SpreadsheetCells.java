package za.gov.dpsa.isdip.core;

import java.util.regex.Pattern;

/**
 * The one rule for text that leaves the portal in a CSV file (OWASP "CSV injection"): a cell that a spreadsheet
 * would run as a formula, because it starts with {@code = + - @}, a tab or a carriage return, gets a leading
 * apostrophe, so a case title such as {@code =HYPERLINK("http://…")} is shown as text. A plain number, such as
 * {@code -12.5}, stays a number. Every CSV export uses this (XLSX cells are written as text, never as formulas).
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?");

    private SpreadsheetCells() {
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
    public static String quoted(String cell) {
        return '"' + guard(cell).replace("\"", "\"\"") + '"';
    }
}
