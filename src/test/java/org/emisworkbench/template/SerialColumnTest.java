package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/** A column that numbers its rows is not census data left unread; a column of counts is. */
class SerialColumnTest {
    /** A header row, then one number per row in column 0. */
    private static List<List<Cell>> column(double... numbers) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(0, 0, CellKind.TEXT, "x", 0)));
        for (int i = 0; i < numbers.length; i++) {
            rows.add(List.of(new Cell(i + 1, 0, CellKind.NUMBER, null, numbers[i])));
        }
        return rows;
    }

    @Test
    void rowNumbersAreNotCensusData() {
        assertTrue(SerialColumn.numbersRows("Pupils", column(1, 2, 3, 4), 0, 0), "1, 2, 3… whatever the header");
        assertTrue(SerialColumn.numbersRows(null, column(0, 1, 2), 0, 0));
        assertTrue(SerialColumn.numbersRows("S/N", column(1001, 1002), 0, 0), "a header that says so: any start");
    }

    @Test
    void countsAreCensusData() {
        assertFalse(SerialColumn.numbersRows("G1 F", column(1, 2), 0, 0), "too short to tell");
        assertFalse(SerialColumn.numbersRows("G1 F", column(1, 2, 4), 0, 0));
        assertFalse(SerialColumn.numbersRows("G1 F", column(5, 6, 7), 0, 0), "counts that happen to grow by one");
        assertFalse(SerialColumn.numbersRows("No.", column(1, 1, 1), 0, 0));
        assertFalse(SerialColumn.numbersRows("No.", column(12, 30, 7), 0, 0));
    }
}
