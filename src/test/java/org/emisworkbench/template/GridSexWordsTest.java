package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which sex a one-sex table's title or sheet name says (re-read of session 16: "Section F" is no girls' sheet). */
class GridSexWordsTest {
    @Test
    void aSheetsNameGivesASexByItsWordsOnly() {
        assertEquals("F", GridSexWords.of("ENROLMENT BY AGE AND CLASS", "Raparigas", "pt"));
        assertEquals("M", GridSexWords.of("Effectifs par âge", "Garçons", "fr"));
        assertNull(GridSexWords.of("CLASSROOMS BY GRADE", "Section F", null), "a section's letter");
        assertNull(GridSexWords.of("EFFECTIFS PAR CLASSE", "Annexe G", "fr"));
        // In a title, a lone last letter still counts, read in the workbook's language.
        assertEquals("F", GridSexWords.of("Enrolment by age (F)", "Section A", null));
        assertEquals("M", GridSexWords.of("Matrículas por idade - H", "Ficha", "pt"));
    }
}
