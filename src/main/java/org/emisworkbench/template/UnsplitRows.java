package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A CSV file opened by an Excel whose list separator is another ({@code ;} in English Excel) shows each line whole in
 * column A ({@code code;nom;district;…}): the sheet's first rows hold nothing but one text in column A with the same
 * separator in most of them (review 27). No header can be found in it; the officer is told why, at which cell, and
 * how to split it, instead of only that no header was found.
 */
public final class UnsplitRows {
    /** Separators tried, in this order: a CSV's {@code ;} first, then a tab, then a comma. */
    private static final char[] SEPARATORS = {';', '\t', ','};
    /** Separators a line must hold at least: three values. */
    private static final int MIN_SEPARATORS = 2;
    /** Lines so written needed to tell a CSV from a sheet with a note or two in column A. */
    private static final int MIN_LINES = 2;

    private UnsplitRows() {
    }

    /**
     * The hint for a sheet whose first {@code rows} hold every line of a CSV in column A ({@code rejected.unsplitRows}:
     * the file, the sheet, the separator and the first such cell with its text), or null when the sheet holds
     * anything outside column A, or when fewer than two thirds of its filled rows (or fewer than two) are such lines.
     */
    public static Message hint(String file, String sheet, List<List<Cell>> rows) {
        int filled = 0;
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() != CellKind.BLANK && !(c.kind() == CellKind.TEXT && c.text().isBlank())) {
                    if (c.col() != 0) {
                        return null; // values in other columns: a sheet split into columns
                    }
                    filled++;
                }
            }
        }
        for (char sep : SEPARATORS) {
            Cell first = null;
            int lines = 0;
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    if (c.col() == 0 && c.kind() == CellKind.TEXT && count(c.text(), sep) >= MIN_SEPARATORS) {
                        lines++;
                        first = first == null ? c : first;
                    }
                }
            }
            if (lines >= MIN_LINES && lines * 3 >= filled * 2) {
                String text = first.text().strip();
                return Message.of("rejected.unsplitRows", file, sheet, "A" + (first.row() + 1),
                        text.length() > 60 ? text.substring(0, 60) + "…" : text,
                        sep == '\t' ? Message.of("rejected.unsplitTab") : Message.verbatim(String.valueOf(sep)));
            }
        }
        return null;
    }

    private static int count(String text, char sep) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == sep) {
                n++;
            }
        }
        return n;
    }
}
