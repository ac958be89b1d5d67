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
}
