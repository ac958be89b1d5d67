package org.emisworkbench.model;

/** Where a stored value came from: the file, the sheet and the cell in A1 notation (or a range). */
public record SourceRef(String file, String sheet, String cell) {
    /** {@code Pupils!F17}, the way officers quote a cell. */
    public String sheetCell() {
        return sheet + "!" + cell;
    }

    @Override
    public String toString() {
        return file + " " + sheetCell();
    }
}
