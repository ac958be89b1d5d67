package org.emisworkbench.workbook;

/** A rectangular range of cells, 0-based and inclusive, such as a merged region. */
public record CellRange(int firstRow, int lastRow, int firstCol, int lastCol) {
    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
}
