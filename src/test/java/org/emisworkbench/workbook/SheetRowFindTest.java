package org.emisworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SheetRow#find} answers as a walk along the row would, on rows of every shape. */
class SheetRowFindTest {

    @Test
    void findsTheFirstCellOfEachColumnAsAWalkWould() {
        Random random = new Random(7);
        int rows = 0;
        for (int round = 0; round < 500; round++) {
            List<Cell> cells = new ArrayList<>();
            int col = random.nextInt(3);
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                cells.add(new Cell(0, col, CellKind.NUMBER, String.valueOf(i), i));
                // Gaps of blank columns, and now and then two cells of one column (an odd file).
                col += random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
            }
            SheetRow row = new CellsRow(0, cells, false);
            for (int c = -1; c <= col + 2; c++) {
                assertEquals(walk(cells, c), row.find(c), "column " + c + " of " + cells);
            }
            rows++;
        }
        assertEquals(500, rows);
    }

    @Test
    void anEmptyRowFindsNothing() {
        assertEquals(-1, new CellsRow(3, List.of(), false).find(0));
    }

    /** The first position whose column is {@code col}, found the slow way. */
    private static int walk(List<Cell> cells, int col) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).col() == col) {
                return i;
            }
        }
        return -1;
    }
}
