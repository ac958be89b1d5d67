package org.emisworkbench.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SheetGrid} that stores only non-blank cells, keyed by position, so a form whose used range
 * runs to a million rows costs memory only for what is filled in. Built row by row through
 * {@link Builder}, which stops (and reports) once a cell limit is passed.
 */
final class SparseGrid implements SheetGrid {
    private final SheetInfo sheet;
    private final Map<Long, Cell> cells;
    private final int lastRow;
    private final int lastCol;
    private final List<CellRange> merged;

    private SparseGrid(SheetInfo sheet, Map<Long, Cell> cells, int lastRow, int lastCol, List<CellRange> merged) {
        this.sheet = sheet;
        this.cells = cells;
        this.lastRow = lastRow;
        this.lastCol = lastCol;
        this.merged = List.copyOf(merged);
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | (col & 0xFFFFFFFFL);
    }

    @Override
    public SheetInfo sheet() {
        return sheet;
    }

    @Override
    public Cell cell(int row, int col) {
        Cell c = cells.get(key(row, col));
        return c != null ? c : new Cell(row, col, CellKind.BLANK, "", Double.NaN);
    }

    @Override
    public int lastRow() {
        return lastRow;
    }

    @Override
    public int lastCol() {
        return lastCol;
    }

    @Override
    public List<CellRange> mergedRegions() {
        return merged;
    }

    @Override
    public List<Cell> filledCells() {
        return cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** Collects rows into a grid; {@link #row} returns false once more than maxCells non-blank cells came. */
    static final class Builder implements SheetXmlParser.RowTarget {
        private final int maxCells;
        private final Map<Long, Cell> cells = new HashMap<>();
        private int lastRow = -1;
        private int lastCol = -1;
        private boolean exceeded;

        Builder(int maxCells) {
            this.maxCells = maxCells;
        }

        @Override
        public boolean row(MutableRow row) {
            return add(row);
        }

        boolean add(SheetRow row) {
            for (int i = 0; i < row.size(); i++) {
                CellKind k = row.kind(i);
                // Whitespace-only text counts as blank (Cell.isBlank): neither stored nor counted.
                if (k == CellKind.BLANK || k == CellKind.TEXT && row.text(i).isBlank()) {
                    continue;
                }
                if (cells.size() >= maxCells) {
                    exceeded = true;
                    return false;
                }
                Cell c = row.cell(i);
                cells.put(key(c.row(), c.col()), c);
                lastRow = Math.max(lastRow, c.row());
                lastCol = Math.max(lastCol, c.col());
            }
            return true;
        }

        boolean exceeded() {
            return exceeded;
        }

        SparseGrid build(SheetInfo sheet, List<CellRange> merged) {
            return new SparseGrid(sheet, cells, lastRow, lastCol, merged);
        }
    }
}
