package org.emisworkbench.workbook;

/** A rectangular range of cells, 0-based and inclusive, such as a merged region. */
public record CellRange(int firstRow, int lastRow, int firstCol, int lastCol) {
    /** The range an A1 reference names ({@code A1:C3}, or one cell {@code B2}); null when it names none. */
    public static CellRange of(String reference) {
        return CellValues.range(reference);
    }

    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
}
