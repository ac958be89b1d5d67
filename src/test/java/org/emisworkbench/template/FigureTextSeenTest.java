package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * What a draft proposes from the count cells it sees (review 16: a French return wrote {@code 12,0} and {@code néant};
 * the draft proposed neither, and 45 pupils were stored as missing).
 */
class FigureTextSeenTest {
    @Test
    void aDecimalCommaAndWordsOfNoneAreProposed() {
        FigureText.Settings seen = FigureText.seen(List.of("12,0", "Néant", "45", "—", "néant", "7,50"));
        assertEquals(List.of("néant", "—"), seen.nilMarks(), "in the order first seen, each once, as compared");
        assertEquals(".", seen.thousands(), "a comma the decimal mark");
        // Proposed, then read so: 12,0 is twelve, néant nil.
        FigureText read = FigureText.of(seen.nilMarks(), seen.thousands());
        assertEquals(12, read.count(CellKind.TEXT, "12,0", 0));
        assertEquals(0, read.count(CellKind.TEXT, "NÉANT", 0));
        assertEquals(1050, read.count(CellKind.TEXT, "1.050", 0));
    }

    @Test
    void anEnglishThousandsCommaProposesNothing() {
        FigureText.Settings seen = FigureText.seen(List.of("1,250", "12 345", "Roof blown off"));
        assertNull(seen.thousands(), "1,250 may be English thousands");
        assertNull(seen.nilMarks());
        // Without the setting 12,0 is no count.
        assertEquals(CellValues.NOT_A_NUMBER,
                FigureText.PLAIN.count(CellKind.TEXT, "12,0", 0));
    }
}
