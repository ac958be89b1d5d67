package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells in the order an officer reads them: file, sheet, then row and column as numbers, never as text. */
class SourceRefOrderTest {
    private static SourceRef at(String file, String sheet, String cell) {
        return new SourceRef(file, sheet, cell);
    }

    @Test
    void cellsAreOrderedBySheetThenRowThenColumnAsNumbers() {
        List<SourceRef> expected = List.of(
                at("a.xlsx", "Form", "C6"),
                at("a.xlsx", "Form", "$D$6"),
                at("a.xlsx", "Form", "Z6"),
                at("a.xlsx", "Form", "AA6"),
                at("a.xlsx", "Form", "C10"),
                at("a.xlsx", "Form", "C10+E10"),
                at("a.xlsx", "Form", "B100"),
                at("a.xlsx", "Form", "template constant"),
                at("a.xlsx", "Pupils", "A2"),
                at("b.xlsx", "Form", "C5"));
        List<SourceRef> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 1, 6);
        shuffled.sort(SourceRef.READING_ORDER);
        assertEquals(expected, shuffled);
        // As text, C10 came before C6 and AA6 before Z6.
        assertEquals(-1, Integer.signum(SourceRef.READING_ORDER.compare(at("f", "S", "C6"), at("f", "S", "C10"))));
        assertEquals(1, Integer.signum("C6".compareTo("C10")));
    }

    @Test
    void aSumAcrossSheetsNamesEachCellOnItsOwnSheet() {
        SourceRef ref = SourceRef.resolve("f.xlsx", "General", 0, "B5+SC Block!B5+ST!C7:C9");
        assertEquals("General", ref.sheet());
        List<String> areas = ref.areas().stream().map(a -> a[0] + ":" + a[1].a1()).toList();
        assertEquals(List.of("General!B5:B5", "SC Block!B5:B5", "ST!C7:C9"), areas);
        // Without another sheet's name, every cell is the reference's own.
        assertEquals(List.of("Form!C5:C5", "Form!E5:E5"), new SourceRef("f", "Form", "C5-E5 (default)").areas()
                .stream().map(a -> a[0] + ":" + a[1].a1()).toList());
    }
}
