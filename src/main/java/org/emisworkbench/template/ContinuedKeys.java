package org.emisworkbench.template;

import java.util.List;
import java.util.function.IntPredicate;
import org.emisworkbench.workbook.Cell;

/**
 * The rows of a sheet's sample whose school code cell is blank though the row goes on below a row that gives one: a
 * code written once on the first row of each school's rows, or merged down them (a merged cell is blank below its
 * first row), so each code stands for the rows it continues over ({@code keyContinues}; review 30, D2). The one
 * count behind the long export's key column, a row-dimension sheet's and a roster list's {@code keyContinues}.
 */
final class ContinuedKeys {
    private ContinuedKeys() {
    }

    /**
     * How many rows from {@code firstRow} on have no value in {@code keyCol} but one in a column {@code goesOn}
     * accepts, after a row that had a value in {@code keyCol}.
     */
    static int rows(List<List<Cell>> rows, int firstRow, int keyCol, IntPredicate goesOn) {
        int continued = 0;
        boolean keyAbove = false;
        for (int r = Math.max(0, firstRow); r < rows.size(); r++) {
            boolean hasKey = false;
            boolean other = false;
            for (Cell c : rows.get(r)) {
                if (!c.isBlank()) {
                    hasKey |= c.col() == keyCol;
                    other |= c.col() != keyCol && goesOn.test(c.col());
                }
            }
            continued += keyAbove && !hasKey && other ? 1 : 0;
            keyAbove |= hasKey;
        }
        return continued;
    }
}
