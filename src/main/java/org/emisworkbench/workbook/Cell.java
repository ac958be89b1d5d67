package org.emisworkbench.workbook;

/**
 * A cell as read. {@code text} is the cell's text as the file holds it: the string of a text cell,
 * the number as written in the file for NUMBER/DATE ("34", "34.5") — or as Excel shows it under a format
 * of zeros alone ("00123" for 123 formatted {@code 00000}, a code typed as a number) —, "TRUE"/"FALSE", or the error code
 * ("#DIV/0!") — or, for a formula the file holds without its result, {@link #NO_RESULT} and the
 * formula ("=SUM(B5:C5)"), which no error code starts with. {@code number} is the numeric value of
 * NUMBER, DATE (Excel serial day) and BOOLEAN (1/0) cells, else NaN. Row and column are 0-based.
 */
public record Cell(int row, int col, CellKind kind, String text, double number) {
    /**
     * Starts the text of an ERROR cell that holds a formula and no result: files written by programs that
     * do not calculate (decision 0033). Such a cell is read as no figure and reported, never computed here.
     */
    public static final String NO_RESULT = "=";

    /** True for an ERROR cell whose formula has no saved result (rather than an error code such as #REF!). */
    public static boolean isFormulaWithoutResult(CellKind kind, String text) {
        return kind == CellKind.ERROR && text != null && text.startsWith(NO_RESULT);
    }

    /**
     * The cell as the officer sees it in Excel: a whole number without ".0" ("40", not "40.0"), a number under a
     * format of zeros with its leading zeros ("00123").
     */
    public String shown() {
        if (kind == CellKind.NUMBER && isZeroPadded(text)) {
            return text;
        }
        if (kind == CellKind.NUMBER && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return text == null ? "" : text.strip();
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }

    /** True for the text a reader gives a number shown with leading zeros: digits only, the first a 0, more than one. */
    static boolean isZeroPadded(String text) {
        if (text == null || text.length() < 2 || text.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
}
