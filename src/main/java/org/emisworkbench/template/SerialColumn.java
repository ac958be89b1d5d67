package org.emisworkbench.template;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * A column that numbers its rows ({@code S/N}, {@code No.}, {@code N°}, {@code Row id} over 1, 2, 3…):
 * not census data. The drafter leaves it out on purpose; the template check does not warn of it as
 * figures left unread.
 */
public final class SerialColumn {
    private SerialColumn() {
    }

    /**
     * True when the numbers below the header go up by one down the whole column and nothing else is there:
     * from any start when the header says it numbers rows (at least two numbers), else from 0 or 1 and at
     * least three of them (two counts that happen to differ by one are still counts). A text alone on its row is
     * no row of the table: a note under it ({@code Sumber: Dapodik} in the serial column, review 29) or a group's
     * heading among the rows does not break the numbering.
     */
    public static boolean numbersRows(String header, List<List<Cell>> rows, int lastHeaderRow, int col) {
        Run run = new Run();
        for (int r = lastHeaderRow + 1; r < rows.size() && !run.broken; r++) {
            if (textAlone(rows.get(r))) {
                continue;
            }
            for (Cell cell : rows.get(r)) {
                if (cell.col() == col && !cell.isBlank() && !totalLabel(cell)) {
                    run.add(cell);
                }
            }
        }
        return run.numbersRows(header != null && DraftVocabulary.serial(header));
    }

    /**
     * True when the cell labels a total row ({@code TOTAL}, {@code Jumlah Kab. Sukamaju}, {@code Sub-total North}):
     * no row the column numbers. The one test of a total row's label ({@link HeaderText#isTotalLabel}).
     */
    private static boolean totalLabel(Cell cell) {
        return cell.kind() == CellKind.TEXT && HeaderText.isTotalLabel(cell.text().strip());
    }

    /** True when the row's one filled cell is a text that is no number (a note, a heading, a title). */
    private static boolean textAlone(List<Cell> row) {
        Cell only = null;
        for (Cell cell : row) {
            if (!cell.isBlank()) {
                if (only != null) {
                    return false;
                }
                only = cell;
            }
        }
        return only != null && only.kind() == CellKind.TEXT
                && CellValues.count(only.kind(), only.text(), only.number()) == CellValues.NOT_A_NUMBER;
    }

    /**
     * A column's cells taken one at a time down the rows (the import streams its rows): whether they number the
     * rows, by the rule of {@link #numbersRows}.
     */
    public static final class Run {
        private int first = -1;
        private int previous;
        private int seen;
        private boolean broken;

        /** The next cell of the column that is not blank. */
        public void add(Cell cell) {
            add(cell.kind(), cell.text(), cell.number());
        }

        /** The next cell of the column that is not blank, by its kind, text and number. */
        public void add(CellKind kind, String text, double number) {
            if (broken) {
                return;
            }
            int v = kind == CellKind.NUMBER || kind == CellKind.TEXT ? CellValues.count(kind, text, number)
                    : CellValues.NOT_A_NUMBER;
            if (v < 0 || seen > 0 && v != previous + 1) {
                broken = true;
                return;
            }
            first = seen == 0 ? v : first;
            previous = v;
            seen++;
        }

        /** True when the cells so far go up by one: from any start under a header naming row numbers, else from 0 or 1. */
        public boolean numbersRows(boolean namedSerial) {
            return !broken && (namedSerial ? seen >= 2 : seen >= 3 && first <= 1);
        }
    }
}
