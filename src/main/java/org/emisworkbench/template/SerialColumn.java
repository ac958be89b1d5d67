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
     * least three of them (two counts that happen to differ by one are still counts).
     */
    public static boolean numbersRows(String header, List<List<Cell>> rows, int lastHeaderRow, int col) {
        boolean named = header != null && DraftVocabulary.serial(header);
        Integer first = null;
        Integer previous = null;
        int seen = 0;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                if (cell.col() != col || cell.isBlank()) {
                    continue;
                }
                int v = cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.TEXT
                        ? CellValues.count(cell.kind(), cell.text(), cell.number()) : CellValues.NOT_A_NUMBER;
                if (v < 0 || previous != null && v != previous + 1) {
                    return false;
                }
                first = first == null ? v : first;
                previous = v;
                seen++;
            }
        }
        return named ? seen >= 2 : seen >= 3 && first <= 1;
    }
}
