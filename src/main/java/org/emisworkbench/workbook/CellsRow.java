package org.emisworkbench.workbook;

import java.util.List;

/**
 * A row over a list of cells kept in memory: a buffered row replayed once the header is found, a hidden row
 * held back until the table shows whether its school is given again, or a column of a sheet read on its side.
 *
 * @param index  0-based row index in the reading (the column's index for a sheet read on its side)
 * @param cells  the row's present cells, in column order
 * @param hidden true when Excel hides the row (decision 0040)
 */
public record CellsRow(int index, List<Cell> cells, boolean hidden) implements SheetRow {
    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public int col(int i) {
        return cells.get(i).col();
    }

    @Override
    public CellKind kind(int i) {
        return cells.get(i).kind();
    }

    @Override
    public String text(int i) {
        return cells.get(i).text();
    }

    @Override
    public double number(int i) {
        return cells.get(i).number();
    }
}
