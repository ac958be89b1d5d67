package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.emisworkbench.model.CodeCase;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * Figures, years and codes written in other digits (review 27 F2, F3, F10) read through the one place each is read:
 * {@link CellValues} for figures (thousands and decimals as for ASCII digits, the Arabic separators too), the
 * template's {@link FigureText} for dotted thousands, {@link YearParser} for years and {@link CodeCase} for codes.
 */
class OtherDigitsTest {
    private static int count(String text) {
        return CellValues.count(CellKind.TEXT, text, Double.NaN);
    }

    @Test
    void figuresInAnyScriptsDecimalDigitsAreTheSameFigures() {
        assertEquals(30, count("٣٠"));          // Arabic-Indic
        assertEquals(45, count("۴۵"));          // Eastern Arabic (Persian)
        assertEquals(30, count("३०"));          // Devanagari
        assertEquals(7, count(" ٧ "));
        assertEquals(1234, count("١,٢٣٤"));     // thousands as for ASCII digits
        assertEquals(1234, count("١٬٢٣٤"));     // the Arabic thousands separator
        assertEquals(1234, count("١ ٢٣٤"));
        assertEquals(12, count("١٢٫٠"));        // the Arabic decimal separator
        assertEquals(CellValues.FRACTIONAL, count("٣٫٥"));
        assertEquals(CellValues.NEGATIVE, count("-٣"));
        assertEquals(CellValues.NOT_A_NUMBER, count("٣٠ تلميذا"));
        assertEquals(CellValues.NOT_A_NUMBER, count("ثلاثون"));
    }

    @Test
    void aTemplateWritingThousandsWithADotReadsThemInOtherDigitsToo() {
        FigureText dotted = FigureText.of(List.of("-"), ".");
        assertEquals(1234, dotted.count(CellKind.TEXT, "١.٢٣٤", Double.NaN));
        assertEquals(12, dotted.count(CellKind.TEXT, "١٢٫٠", Double.NaN));
        assertEquals(0, dotted.count(CellKind.TEXT, "-", Double.NaN));
    }

    @Test
    void yearsAndCodesInOtherDigitsAreReadAsTheirAsciiDigits() {
        assertEquals(2024, YearParser.parse("٢٠٢٤-٢٠٢٥").getAsInt());
        assertEquals(2024, YearParser.parse("۲۰۲۴").getAsInt());
        assertEquals("MR-10101", CodeCase.schoolCode(" mr-١٠١٠١ "));
        assertEquals("MR-١٠١٠١", CodeCase.typed(" MR-١٠١٠١ "));
    }
}
