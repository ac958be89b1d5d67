package org.emisworkbench.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The draft's guess of an answer marked in one of two columns ({@code Question | Yes | No} over {@code Drinking
 * water | | X}): the value right of the label is then a mark, which says yes or no only by its column. Read with a
 * label's {@code ticks} ({@link LabelSpec#ticks()}), or the mark in the No column would be stored as yes (review 28 F2).
 */
final class TickColumns {
    /** Rows above a question searched for the heading row, while the rows between stay filled. */
    private static final int MAX_ROWS = 40;

    private TickColumns() {
    }

    /**
     * The headings of the yes and no columns over the label's row, each with the code a mark there means, when the
     * label's value stands under one of them; empty when no such heading row stands above the label's table.
     */
    static Map<String, String> of(List<List<Cell>> rows, Cell label, Cell value) {
        CodeList yesno = CodeLists.builtIn().require("yesno");
        for (int r = label.row() - 1; r >= Math.max(0, label.row() - MAX_ROWS); r--) {
            List<Cell> row = rows.get(r);
            if (row.isEmpty()) {
                return Map.of(); // a blank row ends the question's table
            }
            Cell yes = null;
            Cell no = null;
            for (Cell c : row) {
                if (c.col() <= label.col() || c.kind() != CellKind.TEXT) {
                    continue;
                }
                String code = yesno.code(c.text());
                if ("yes".equals(code) && yes == null) {
                    yes = c;
                } else if ("no".equals(code) && no == null) {
                    no = c;
                }
            }
            if (yes != null && no != null) {
                if (value.col() != yes.col() && value.col() != no.col()) {
                    return Map.of();
                }
                Map<String, String> out = new LinkedHashMap<>();
                out.put(yes.text().strip(), "yes");
                out.put(no.text().strip(), "no");
                return out;
            }
        }
        return Map.of();
    }
}
