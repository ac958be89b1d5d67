package org.emisworkbench.workbook;

/**
 * A cell as read. {@code text} is the cell's text as the file holds it: the string of a text cell,
 * the number as written in the file for NUMBER/DATE ("34", "34.5"), "TRUE"/"FALSE", or the error code
 * ("#DIV/0!"). {@code number} is the numeric value of NUMBER, DATE (Excel serial day) and BOOLEAN
 * (1/0) cells, else NaN. Row and column are 0-based.
 */
public record Cell(int row, int col, CellKind kind, String text, double number) {
    /** The cell as the officer typed it, for showing: a whole number without ".0" ("40", not "40.0"). */
    public String shown() {
        if (kind == CellKind.NUMBER && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return text == null ? "" : text.strip();
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }
}
