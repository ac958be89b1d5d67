package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/** Which band a grid's {@code {year}} reads, under either reading of a school-year label; and the inside labels. */
class YearBandsTest {
    private static final SchoolYears START = SchoolYears.of(null, null, null);
    private static final SchoolYears END = SchoolYears.of("end", null, null);

    @Test
    void theBandOfTheCensusYearFollowsTheTemplatesSchoolYear() {
        assertTrue(YearBands.namesCensusYear("2024-25", START, 2024));
        assertFalse(YearBands.namesCensusYear("2023-24", START, 2024), "last year's");
        assertTrue(YearBands.namesCensusYear("2023-24", END, 2024));
        assertFalse(YearBands.namesCensusYear("2024-25", END, 2024));
        assertTrue(YearBands.namesCensusYear("SY2024/2025", START, 2024));
        assertTrue(YearBands.namesCensusYear("2024", START, 2024));
        assertFalse(YearBands.namesCensusYear("Enrolment 2024", START, 2024), "a year alone only");
        assertFalse(YearBands.namesCensusYear(null, START, 2024));
    }

    @Test
    void aWideHeadersYearIsThisYearOnlyWhenItNamesTheCensusYear() {
        assertEquals("grade 1 boys {year}", YearBands.censusYearAsThisYear("grade 1 boys 2024-25", START, 2024));
        assertEquals(null, YearBands.censusYearAsThisYear("grade 1 boys 2023-24", START, 2024), "last year's");
        assertEquals("{year} grade 1 f", YearBands.censusYearAsThisYear("2023-24 grade 1 f", END, 2024));
        assertEquals("enrolment {year}", YearBands.censusYearAsThisYear("enrolment sy2024/2025", START, 2024));
        assertEquals(null, YearBands.censusYearAsThisYear("grade 1 boys", START, 2024), "no year");
        assertEquals(null, YearBands.censusYearAsThisYear("2023-24 to 2024-25", START, 2024), "two years");
        assertEquals(null, YearBands.censusYearAsThisYear("code 120245", START, 2024), "digits of a longer number");
        assertEquals("Enrolment {year} G1", YearBands.anyYearAsThisYear("Enrolment 2019-20 G1"));
    }

    @Test
    void bandsAreYearsOnlyWhenEverySexColumnStandsUnderADifferentYear() {
        CodeList sexes = CodeLists.builtIn().require("sex");
        List<Cell> sexRow = List.of(text(5, 1, "Boys"), text(5, 2, "Girls"), text(5, 3, "Boys"), text(5, 4, "Girls"));
        assertTrue(YearBands.allYears(List.of(text(4, 1, "2023-24"), text(4, 3, "2024-25")), sexRow, sexes));
        assertFalse(YearBands.allYears(List.of(text(4, 1, "Enrolment"), text(4, 3, "2024-25")), sexRow, sexes));
        assertFalse(YearBands.allYears(List.of(text(4, 1, "2024-25")), sexRow, sexes), "one year is no comparison");
    }

    /** Forms that name the two years in words: this year is the census year, whichever way years are read. */
    @Test
    void yearsInWordsAreThisYearAndLastYear() {
        for (SchoolYears years : List.of(START, END)) {
            for (String current : List.of("Ano actual", "ANO ATUAL", "Current year", "This school year", "Année en cours",
                    "ANNÉE EN COURS", "annee courante", "Année N", "Año actual")) {
                assertTrue(YearBands.namesCensusYear(current, years, 2024), current);
                assertFalse(YearBands.namesOtherYear(current, years, 2024), current);
            }
            for (String previous : List.of("Ano anterior", "Ano lectivo anterior", "Previous year", "LAST YEAR",
                    "Année précédente", "ANNÉE PRÉCÉDENTE", "Année N-1", "N-1", "Año pasado")) {
                assertFalse(YearBands.namesCensusYear(previous, years, 2024), previous);
                assertTrue(YearBands.namesOtherYear(previous, years, 2024), previous);
            }
        }
        assertEquals("{year} 1ª classe h", YearBands.censusYearAsThisYear("ano actual 1ª classe h", START, 2024));
        assertEquals(null, YearBands.censusYearAsThisYear("ano anterior 1ª classe h", START, 2024), "last year's");
        assertEquals("Grade 1 Boys {year}", YearBands.anyYearAsThisYear("Grade 1 Boys previous year"));
        // Words that only look alike are no year: no header loses its meaning to them.
        assertEquals(null, YearBands.yearIn("Repeaters"), "no year");
        assertEquals(null, YearBands.yearIn("Annual enrolment"));
        assertEquals(null, YearBands.yearIn("Année N2 garçons"), "N2 is no year");
        assertEquals(null, YearBands.yearIn("Classe N"), "N without année");
        // A year in digits beside the words is the header's one year (re-read of session 16).
        assertEquals("2024-25", YearBands.yearIn("Effectif 2024-25 (année N)"));
        assertEquals("2023-24", YearBands.yearIn("Effectif 2023-24 (N-1)"));
        assertEquals("effectif {year} (année n)", YearBands.censusYearAsThisYear("effectif 2024-25 (année n)", START,
                2024));
        assertEquals(null, YearBands.yearIn("2023-24 to 2024-25 (year N)"), "two years in digits: none");
        assertTrue(YearBands.order("Ano actual") > YearBands.order("2030-31"), "this year after any year in digits");
        assertTrue(YearBands.order("Ano anterior") < YearBands.order("1990"));
        CodeList sexes = CodeLists.builtIn().require("sex");
        List<Cell> sexRow = List.of(text(5, 1, "Garçons"), text(5, 2, "Filles"), text(5, 3, "Garçons"), text(5, 4, "Filles"));
        assertTrue(YearBands.allYears(List.of(text(4, 1, "Année précédente"), text(4, 3, "Année en cours")), sexRow,
                sexes));
    }

    @Test
    void insideLabelsGiveTheCodeFromTheParenthesesAndTheNameBeforeThem() {
        List<String> labels = List.of("School", "École");
        assertEquals("Akuna Primary (GH-1200)", InsideLabels.value("School:  Akuna  Primary (GH-1200)", labels));
        assertEquals("EPP Zogbo (BJ-0077)", InsideLabels.value("École : EPP Zogbo (BJ-0077)", labels));
        assertEquals(null, InsideLabels.value("School code: GH-1", labels), "another label");
        assertEquals(null, InsideLabels.value("School", labels), "no colon");
        assertEquals("GH-1200", InsideLabels.part("Akuna Primary (GH-1200)", "school.code"));
        assertEquals("Akuna Primary", InsideLabels.part("Akuna Primary (GH-1200)", "school.name"));
        assertEquals("", InsideLabels.part("Chela Primary", "school.code"), "no parentheses: no code");
        assertEquals("D07 (north)", InsideLabels.part("D07 (north)", "school.district"));
    }

    private static Cell text(int row, int col, String text) {
        return new Cell(row, col, CellKind.TEXT, text, 0);
    }
}
