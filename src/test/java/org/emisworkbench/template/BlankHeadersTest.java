package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * A column with nothing on the header row taken, whose figures stand lower down under texts of their own (a form's
 * {@code Grade 1 / Boys}): the draft names those texts rather than saying the column has no header (review 16, S3).
 */
class BlankHeadersTest {
    private static Cell text(int r, int c, String t) {
        return new Cell(r, c, CellKind.TEXT, t, 0);
    }

    private static Cell number(int r, int c, double v) {
        return new Cell(r, c, CellKind.NUMBER, Integer.toString((int) v), v);
    }

    @Test
    void textsBetweenTheHeaderRowAndTheFiguresAreNamedWithTheirRow() {
        List<List<Cell>> rows = List.of(
                List.of(text(0, 0, "Code école :"), text(0, 1, "BF-3101")),
                List.of(),
                List.of(text(2, 1, "REDOUBLANTS")),
                List.of(text(3, 0, "Âge"), text(3, 1, "CP1")),
                List.of(text(4, 1, "Garçons"), text(4, 2, "Filles")),
                List.of(text(5, 0, "6 ans"), number(5, 1, 4), number(5, 2, 7)));
        assertArrayEquals(new String[] {"REDOUBLANTS / CP1 / Garçons", "5"}, BlankHeaders.textsAbove(rows, 0, 1));
        assertArrayEquals(new String[] {"Filles", "5"}, BlankHeaders.textsAbove(rows, 0, 2));
        // Column A holds no figure: nothing to name.
        assertNull(BlankHeaders.textsAbove(rows, 0, 0));
    }

    @Test
    void aColumnWhoseFiguresFollowTheHeaderRowHasNoTextAbove() {
        List<List<Cell>> rows = List.of(List.of(text(0, 0, "School code")),
                List.of(text(1, 0, "S1"), number(1, 1, 12)));
        assertNull(BlankHeaders.textsAbove(rows, 0, 1));
    }
}
