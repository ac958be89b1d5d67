package org.emisworkbench.workbook;

/**
 * A row handed to a {@link RowHandler}. Readers may reuse the instance for the next row, so a
 * handler that keeps a cell must copy it ({@link #cell(int)} returns a fresh record). Cells are in
 * column order; blank cells may be absent.
 */
public interface SheetRow {
    /** 0-based row index in the sheet. */
    int index();

    /** Number of cells present in this row. */
    int size();

    /** 0-based column of the i-th present cell. */
    int col(int i);

    CellKind kind(int i);

    String text(int i);

    double number(int i);

    /**
     * True when Excel hides the row: read like any other (decision 0040), but where a school is given again on
     * a visible row, the visible row is its return.
     */
    default boolean hidden() {
        return false;
    }

    default Cell cell(int i) {
        return new Cell(index(), col(i), kind(i), text(i), number(i));
    }

    /**
     * Position of the present cell at column {@code col}, or -1 (the first of two cells of one column). A binary
     * search, the cells being in column order: a wide sheet's reader looks up each of a row's hundred columns, and a
     * walk from the row's start made that quadratic in the row's width (profiled 7 December 2026).
     */
    default int find(int col) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = col(mid);
            if (c < col) {
                low = mid + 1;
            } else if (c > col) {
                high = mid - 1;
            } else {
                while (mid > 0 && col(mid - 1) == col) {
                    mid--;
                }
                return mid;
            }
        }
        return -1;
    }
}
