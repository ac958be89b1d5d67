package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.imports.excel.Cell;
import org.emisworkbench.imports.excel.CellRange;
import org.emisworkbench.imports.excel.SheetGrid;
import org.emisworkbench.template.FormCells;

/**
 * A form sheet held whole: its cells by row (non-blank only, for label and title search) and the grid
 * for positional look-ups and merged regions. Shared by the grid and roster interpreters.
 */
final class FormSheet {
    /** Largest form sheet held in memory; a school's form has a few thousand cells. */
    static final int MAX_CELLS = 200_000;

    final SheetGrid grid;
    final List<List<Cell>> rows;

    FormSheet(SheetGrid grid) {
        this.grid = grid;
        // Built from the filled cells, not by scanning the used range: a stray cell at XFD1048576
        // would make that 17 billion look-ups. Rows without cells share one empty list.
        List<List<Cell>> byRow = new ArrayList<>(java.util.Collections.nCopies(grid.lastRow() + 1, List.of()));
        for (Cell cell : grid.filledCells()) {
            if (byRow.get(cell.row()).isEmpty()) {
                byRow.set(cell.row(), new ArrayList<>());
            }
            byRow.get(cell.row()).add(cell);
        }
        this.rows = byRow;
    }

    String name() {
        return grid.sheet().name();
    }

    /** The cell holding one of the labels, or null. */
    Cell label(List<String> labels) {
        return FormCells.findLabel(rows, labels);
    }

    /**
     * The value of a labelled cell: the next non-blank cell to the right on the same row (past the
     * label's own merged region), else the cell below unless that is itself a label ({@code known}:
     * normalised label texts of the template); null when there is none, i.e. the value was left blank.
     */
    Cell valueOf(Cell label, java.util.Set<String> known) {
        int from = label.col() + 1;
        CellRange merged = grid.mergedAt(label.row(), label.col());
        if (merged != null) {
            from = merged.lastCol() + 1;
        }
        for (Cell c : rows.get(label.row())) {
            if (c.col() >= from) {
                return c;
            }
        }
        Cell below = grid.cell(label.row() + 1, label.col());
        return below.isBlank() || FormCells.isLabelLike(below)
                || known.contains(org.emisworkbench.template.HeaderText.normalizeLabel(below.text())) ? null : below;
    }

    /** Non-blank cell at a position, or null. */
    Cell at(int row, int col) {
        Cell c = grid.cell(row, col);
        return c.isBlank() ? null : c;
    }

    /** Texts of the sheet's first text cells, to say what was found when something is missing. */
    List<String> someTexts(int max) {
        List<String> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == org.emisworkbench.imports.excel.CellKind.TEXT && out.size() < max) {
                    out.add(c.text().replace('\n', ' ').strip());
                }
            }
        }
        return out;
    }
}
