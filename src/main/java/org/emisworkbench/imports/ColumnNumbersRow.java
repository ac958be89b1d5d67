package org.emisworkbench.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;

/**
 * The row of column numbers that official forms print under their header ({@code (1) | (2) | (3) …}, or
 * {@code 1 | 2 | 3 …}): every cell a number that goes up with its column, one for one. Read as a school, its
 * first cell would be a school called {@code (1)} with figures that are not numbers.
 */
final class ColumnNumbersRow {
    private static final Pattern MARK = Pattern.compile("\\(?\\s*(\\d{1,3})\\s*\\)?\\.?");
    /** Fewer numbered cells than this could be a school's row. */
    private static final int MIN_CELLS = 3;

    private ColumnNumbersRow() {
    }

    static boolean is(SheetRow row) {
        Integer offset = null;
        int cells = 0;
        for (int i = 0; i < row.size(); i++) {
            Integer n = number(row, i);
            if (n == null) {
                if (row.kind(i) == CellKind.BLANK || row.kind(i) == CellKind.TEXT && row.text(i).isBlank()) {
                    continue;
                }
                return false;
            }
            int o = n - row.col(i);
            if (offset != null && o != offset) {
                return false;
            }
            offset = o;
            cells++;
        }
        return cells >= MIN_CELLS;
    }

    private static Integer number(SheetRow row, int i) {
        if (row.kind(i) == CellKind.NUMBER) {
            double v = row.number(i);
            return v == Math.rint(v) && v >= 0 && v < 1000 ? (int) v : null;
        }
        if (row.kind(i) != CellKind.TEXT) {
            return null;
        }
        Matcher m = MARK.matcher(row.text(i).strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }
}
