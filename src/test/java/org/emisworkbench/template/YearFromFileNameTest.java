package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The year a file name gives is its last, most specific year-like token. */
class YearFromFileNameTest {
    private static int year(String name) {
        return YearParser.fromFileName(name).orElseThrow();
    }

    @Test
    void theLastYearWinsOverAnythingPutInFront() {
        assertEquals(2025, year("--year=1999 D02-2025.xlsx"));
        assertEquals(2024, year("copy 2023 of D01-2024.xlsx"));
        assertEquals(2025, year("1999-2025.xlsx"));
    }

    @Test
    void aSchoolYearWrittenAsTwoYearsIsItsFirstYear() {
        assertEquals(2024, year("D01-2024-2025.xlsx"));
        assertEquals(2024, year("D01 2024_25.xlsx"));
        assertEquals(2019, year("old 1990 D01 2019-20.xlsx"));
    }

    @Test
    void digitsInsideCodesAreNoYear() {
        assertTrue(YearParser.fromFileName("SCH01007.xlsx").isEmpty());
        assertTrue(YearParser.fromFileName("D01-20245.xlsx").isEmpty());
    }

    @Test
    void everyYearOfANameIsFoundForTheOfficerToBeTold() {
        assertEquals(java.util.List.of(2023, 2024), YearParser.spansInFileName("returns-2023-corrected-2024.xlsx")
                .stream().map(YearParser.Span::first).toList());
        assertEquals(java.util.List.of(1999, 2025), YearParser.spansInFileName("1999-2025.xlsx").stream()
                .map(YearParser.Span::first).toList());
        assertEquals(java.util.List.of(2024), YearParser.spansInFileName("D01 2024_25.xlsx").stream()
                .map(YearParser.Span::first).toList());
        SchoolYears start = SchoolYears.of(null, null, null);
        assertEquals(java.util.List.of(2023), start.otherYearsInFileName("returns-2023-corrected-2024.xlsx"));
        assertEquals(java.util.List.of(), start.otherYearsInFileName("D01-2024-2025.xlsx"), "one school year");
        assertEquals(java.util.List.of(), start.otherYearsInFileName("2024 D01 2024.xlsx"), "the same year twice");
    }

    @Test
    void aYearWrittenAsAVersionMarkIsNotTheCensusYearWhenTheNameGivesAnother() {
        assertEquals(2024, year("Gulu_2024_v2023.xlsx"));
        assertEquals(2024, year("Gulu 2024 ver.2023.xlsx"));
        assertEquals(2024, year("Gulu-2024-rev 2023.xlsx"));
        assertEquals(2025, year("form version 2023 Kara 2025.xlsx"));
        // Still told: the officer sees the other year of the name.
        assertEquals(java.util.List.of(2023), SchoolYears.of(null, null, null).otherYearsInFileName("Gulu_2024_v2023.xlsx"));
        // A name that gives only a version mark keeps it, as nothing better is written.
        assertEquals(2023, year("Gulu_v2023.xlsx"));
        // Letters before the year that are no version mark change nothing.
        assertEquals(2023, year("Gulu_2024_dev2023.xlsx"));
        assertEquals(2024, year("D01_SY2024-25.xlsx"));
    }

    @Test
    void aYearACensusWordNamesWinsOverASchoolCodeEndingInWhatReadsAsAYear() {
        // Review 25: Census2024_ZM-CHO-2001.xlsx went to 2001, the end of the school's code.
        assertEquals(2024, year("Census2024_ZM-CHO-2001.xlsx"));
        assertEquals(2023, year("recensement_2023-2024 EP-1998.xlsx"));
        assertEquals(2024, year("ASC 2024 - Lusaka 1987.xlsx"));
        // One year only: it is the year, census word or not.
        assertEquals(2001, year("ZM-CHO-2001.xlsx"));
        // No census word: the last year still wins, and the other is named to the officer.
        assertEquals(2024, year("returns-2023-corrected-2024.xlsx"));
        assertEquals(java.util.List.of(2001), SchoolYears.of(null, null, null)
                .otherYearsInFileName("Census2024_ZM-CHO-2001.xlsx"));
    }
}
