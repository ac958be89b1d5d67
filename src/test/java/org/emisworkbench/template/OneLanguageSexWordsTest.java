package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * The short sex words of one-language forms ({@code Gel}, {@code Boe}, {@code Fi}, review 30 C3) name a sex as a whole
 * cell or header, never as one word of a longer English or French text: a teachers' header's last word ({@code Hand
 * gel}, {@code Wi-Fi}), a band's word beside a header ({@code Hand gel} in a table's heading row).
 */
class OneLanguageSexWordsTest {
    @Test
    void shortWordsOfLongerTextsNameNoSex() {
        for (String w : List.of("gel", "Gel", "boe", "fi", "FI")) {
            assertNull(CodeLists.sexOfWord(w), w);
        }
        assertEquals("M", CodeLists.sexOfWord("gason"));
        assertEquals("F", CodeLists.sexOfWord("wasichana"));
        assertEquals("F", CodeLists.sexOfWord("girls"));
        assertNull(TeacherStatusDrafter.sexOf("Hand gel"));
        assertNull(TeacherStatusDrafter.sexOf("Teachers trained Wi-Fi"));
        assertEquals("M", TeacherStatusDrafter.sexOf("Titulaires Gason"));
        CodeList sexes = CodeLists.forDrafting().require("sex");
        List<Cell> heading = List.of(new Cell(0, 0, CellKind.TEXT, "Hand gel", 0),
                new Cell(0, 1, CellKind.TEXT, "Soap Fi", 0), new Cell(0, 2, CellKind.TEXT, "Boe", 0));
        assertEquals(List.of(), FormGrids.bandsInCells(heading, sexes, "enrolment"));
    }
}
