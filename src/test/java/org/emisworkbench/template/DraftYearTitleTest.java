package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/** The draft takes a banner's words as the year label; the import then reads the year after them. */
class DraftYearTitleTest {
    private static final SchoolYears YEARS = SchoolYears.of(null, null, null);

    private static List<List<Cell>> banner(String... texts) {
        List<List<Cell>> out = new java.util.ArrayList<>();
        for (int r = 0; r < texts.length; r++) {
            out.add(List.of(new Cell(r, 0, CellKind.TEXT, texts[r], Double.NaN)));
        }
        return out;
    }

    @Test
    void aBannerEndingInAYearGivesItsWordsAsTheLabel() {
        List<List<Cell>> rows = banner("REPUBLIC OF ZAMBIA", "MINISTRY OF EDUCATION", "ANNUAL SCHOOL CENSUS 2024",
                "Kabwe District");
        Optional<String> label = DraftYearTitle.label(rows, YEARS);
        assertEquals(Optional.of("ANNUAL SCHOOL CENSUS"), label);
        // Round trip: the label written reads the year back.
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(rows, List.of(label.get()), YEARS));
        assertEquals(Optional.of("Recensement scolaire"), DraftYearTitle.label(banner("Recensement scolaire : 2023-2024"),
                YEARS));
        assertEquals(Optional.empty(), DraftYearTitle.label(banner("Kabwe District", "Form 2024A"), YEARS));
        assertEquals(Optional.empty(), DraftYearTitle.label(banner("Printed 12/03/2024"), YEARS));
    }
}
