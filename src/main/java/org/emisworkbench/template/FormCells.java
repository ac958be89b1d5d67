package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.workbook.Cell;

/**
 * Finds labels and titles among a sheet's cells (rows as lists of non-blank cells). Shared by template
 * matching and the grid and roster interpreters, so a template matches the way it will be read.
 */
public final class FormCells {
    private FormCells() {
    }

    /** The first cell whose text is one of the labels (trailing colons ignored), or null. */
    public static Cell findLabel(List<List<Cell>> rows, List<String> labels) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == org.emisworkbench.workbook.CellKind.TEXT && isLabel(c.text(), labels)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** True when a text is one of the labels once normalised. */
    public static boolean isLabel(String text, List<String> labels) {
        String n = HeaderText.normalizeLabel(text);
        for (String l : labels) {
            if (HeaderText.normalizeLabel(l).equals(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first text cell at or below {@code fromRow} that equals or starts with one of the titles, or
     * null. Titles often carry a suffix ("… (all pupils)").
     */
    public static Cell findTitle(List<List<Cell>> rows, List<String> titles, int fromRow) {
        for (int r = Math.max(0, fromRow); r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.kind() != org.emisworkbench.workbook.CellKind.TEXT) {
                    continue;
                }
                String n = HeaderText.normalizeLabel(c.text());
                for (String t : titles) {
                    String tn = HeaderText.normalizeLabel(t);
                    if (!tn.isEmpty() && (n.equals(tn) || n.startsWith(tn + " ") || n.startsWith(tn + ":"))) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** True for a text cell ending with a colon: a label, never a value. */
    public static boolean isLabelLike(Cell c) {
        return c.kind() == org.emisworkbench.workbook.CellKind.TEXT && c.text().strip().endsWith(":");
    }
}
