package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/** A census year written in a title after its label, in the same cell, as many ministries' banners have it. */
class CensusYearInTitleTest {
    private static final SchoolYears YEARS = SchoolYears.of(null, null, null);

    private static List<List<Cell>> rows(String... texts) {
        List<List<Cell>> out = new java.util.ArrayList<>();
        for (int r = 0; r < texts.length; r++) {
            out.add(List.of(new Cell(r, 0, CellKind.TEXT, texts[r], Double.NaN)));
        }
        return out;
    }

    @Test
    void theYearAfterTheLabelInItsOwnCellIsRead() {
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(rows("MINISTRY OF EDUCATION",
                "ANNUAL SCHOOL CENSUS 2024"), List.of("Annual school census"), YEARS));
        assertEquals(OptionalInt.of(2023), CensusYears.fromLabel(rows("Année scolaire : 2023-2024"),
                List.of("Année scolaire"), YEARS));
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(rows("Census SY2024-25"), List.of("Census"), YEARS));
        // A label that continues with words is not a year.
        assertEquals(OptionalInt.empty(), CensusYears.fromLabel(rows("Annual school census of Tafea province"),
                List.of("Annual school census"), YEARS));
        // The label alone with its year in the next cell still reads as before.
        List<List<Cell>> beside = List.of(List.of(new Cell(0, 0, CellKind.TEXT, "Census year", Double.NaN),
                new Cell(0, 1, CellKind.NUMBER, "2025", 2025)));
        assertEquals(OptionalInt.of(2025), CensusYears.fromLabel(beside, List.of("Census year"), YEARS));
    }

    @Test
    void aLabelInsideATitleIsReadWhereAYearOfFourDigitsFollowsIt() {
        // Review 33 P2: Vietnam's district sheet, its label after other words of the title.
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(rows("PHÒNG GD&ĐT CẦN GIUỘC",
                "THỐNG KÊ HỌC SINH TIỂU HỌC - Năm học 2024-2025"), List.of("Năm học"), YEARS));
        assertEquals(OptionalInt.of(2025), CensusYears.fromLabel(rows("Enrolment by grade, school year 2025"),
                List.of("School year"), YEARS));
        // Inside a title a label must start a word and be followed by a year, never a grade or a part of a word.
        assertEquals(OptionalInt.empty(), CensusYears.fromLabel(rows("Pupils of Year 1 and Year 2"), List.of("Year"),
                YEARS));
        assertEquals(OptionalInt.empty(), CensusYears.fromLabel(rows("Schoolyear 2024"), List.of("year"), YEARS));
    }

    @Test
    void eachSideOfATitleInTwoLanguagesIsALabelAndItsYear() {
        // Review 33 P1b: either label reads the year of its own side, never the rest of the cell.
        List<List<Cell>> title = rows("محکمہ تعلیم پنجاب / School Education Department",
                "سالانہ سکول مردم شماری 2024 / Annual School Census 2024");
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(title, List.of("Annual School Census"), YEARS));
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(title, List.of("سالانہ سکول مردم شماری"), YEARS));
        assertEquals(OptionalInt.of(2023), CensusYears.fromLabel(rows("الإحصاء السنوي 2023-2024 / Recensement 2023-2024"),
                List.of("Recensement"), YEARS));
    }

    @Test
    void aYearWithTheMarkOfTheCommonEraIsThatYear() {
        for (String written : List.of("২০২৪ খ্রিঃ", "২০২৪ খ্রি.", "২০২৪ খ্রিস্টাব্দ", "2024 AD", "2024 A.D.", "2024 CE",
                "2024 C.E.", "2024年", "2024-25 AD")) {
            assertEquals(OptionalInt.of(2024), YEARS.fromLabel(written), written);
        }
        // Bangladesh's form: the label and the year with its mark in one cell (review 33 P2b).
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(rows("শিক্ষাবর্ষ ২০২৪ খ্রিঃ"), List.of("শিক্ষাবর্ষ"),
                YEARS));
        // Another calendar's mark stays that calendar's: 2016 E.C. is the Ethiopian school year 2023-24.
        assertEquals(OptionalInt.of(2023), YEARS.fromLabel("2016 E.C."));
        // A year of a calendar the program does not know is no year (Thai พ.ศ. 2567), nor a mark after words.
        assertEquals(OptionalInt.empty(), YEARS.fromLabel("พ.ศ. 2567"));
        assertEquals(OptionalInt.empty(), YEARS.fromLabel("2024 ADVANCE"));
    }
}
