package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.emisworkbench.template.CensusHeaders.Figures;
import org.junit.jupiter.api.Test;

/**
 * What a number not read is said to be, by the labels over and beside it (decision 0106): a finance sheet's grants
 * and salaries are money (review 32: a Tanzanian secondary school's capitation and development grants were called
 * counts), an exam sheet's mean score a score, scholarship holders by sex counts, and a figure no label names is a
 * count when whole.
 */
class FiguresByLabelTest {
    private static Figures of(String shown, boolean whole, String... labels) {
        return CensusHeaders.figures(Arrays.asList(labels), shown, whole);
    }

    @Test
    void grantsSalariesAndAmountsAreMoney() {
        assertEquals(Figures.MONEY, of("18000000", true, "Capitation grant"));
        assertEquals(Figures.MONEY, of("26000000", true, "Development grant"));
        assertEquals(Figures.MONEY, of("126000000", true, "Salaries"));
        assertEquals(Figures.MONEY, of("1250000.5", false, "Montant (FCFA)"));
    }

    @Test
    void scoresCountsAndDecimalsByTheirLabelsOrThemselves() {
        assertEquals(Figures.SCORES, of("54.37", false, "Mean score"));
        assertEquals(Figures.SCORES, of("62%", false, "Pass"));
        // A grant alone counts the pupils who hold one: Becas by sex are pupils.
        assertEquals(Figures.COUNTS, of("14", true, "Niñas", "Becas"));
        assertEquals(Figures.COUNTS, of("14", true, "Girls", null, "Grant holders"));
        assertEquals(Figures.DECIMALS, of("3.4512", false, "GPA index"));
    }
}
