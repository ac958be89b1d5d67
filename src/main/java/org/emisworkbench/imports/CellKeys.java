package org.emisworkbench.imports;

/**
 * A cell's position as one number (row above, column below: a sheet has at most 16,384 columns), to key a map of cells
 * without a record per cell: the figures noted before a sheet's merges are known, the cells under a merge, the cells a
 * form's template reads.
 */
final class CellKeys {
    private CellKeys() {
    }

    static long of(int row, int col) {
        return (long) row << 20 | col;
    }

    /** The column of a cell's position made by {@link #of}. */
    static int col(long key) {
        return (int) (key & ((1 << 20) - 1));
    }
}
