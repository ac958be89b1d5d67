package org.emisworkbench.workbook;

import java.util.List;

/**
 * A small sheet held whole in memory, with its merged regions: for grid forms, where labels and
 * values are found by position. Built by {@link WorkbookReader#grid}.
 */
public interface SheetGrid {
    SheetInfo sheet();

    /** The cell at a position; a BLANK cell when nothing is there. */
    Cell cell(int row, int col);

    /** Index of the last row holding a cell, or -1 for an empty sheet. */
    int lastRow();

    /** Index of the last column holding a cell in any row, or -1. */
    int lastCol();

    List<CellRange> mergedRegions();

    /**
     * The non-blank cells by row, then column. This default scans the whole used range; a grid that
     * stores cells sparsely overrides it, so that one stray cell at XFD1048576 costs nothing.
     */
    default List<Cell> filledCells() {
        List<Cell> out = new java.util.ArrayList<>();
        for (int r = 0; r <= lastRow(); r++) {
            for (int c = 0; c <= lastCol(); c++) {
                Cell cell = cell(r, c);
                if (!cell.isBlank()) {
                    out.add(cell);
                }
            }
        }
        return out;
    }

    /** The merged region covering a cell, if any. */
    default CellRange mergedAt(int row, int col) {
        for (CellRange r : mergedRegions()) {
            if (r.contains(row, col)) {
                return r;
            }
        }
        return null;
    }
}
