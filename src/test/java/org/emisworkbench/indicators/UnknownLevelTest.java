package org.emisworkbench.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.emisworkbench.model.GradeSystem;
import org.emisworkbench.model.UnknownLevel;
import org.junit.jupiter.api.Test;

/**
 * A level the grade system does not have ({@code secondary}, where it has lower and upper secondary) is refused in
 * the officer's language with the levels it has; it was an English sentence whatever the language.
 */
class UnknownLevelTest {
    @Test
    void aLevelNotInTheGradeSystemIsRefusedInTheOfficersLanguage() {
        UnknownLevel e = assertThrows(UnknownLevel.class,
                () -> IndicatorCalculator.checkLevel(GradeSystem.standard(), "secondary"));
        assertEquals("error.noSuchLevel", e.message().key());
        String fr = e.message().in(Locale.FRENCH);
        assertTrue(fr.startsWith("Pas de niveau secondary") && fr.contains("lower_secondary, upper_secondary"), fr);
        assertTrue(e.message().in(Locale.forLanguageTag("pt")).startsWith("Não há nível secondary"), e.getMessage());
        assertEquals("primary", IndicatorCalculator.checkLevel(GradeSystem.standard(), " primary "));
    }
}
