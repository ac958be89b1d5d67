package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.OptionalInt;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.junit.jupiter.api.Test;

/**
 * Review 34 (Dapodik): a school year followed by other words ({@code Tahun Pelajaran 2024/2025 Semester Ganjil}) is
 * read, in the label's cell or beside it, and the words after it are named; a lone number before words is not a year.
 * The draft's year label of a title is its known year words, not the district that precedes them.
 */
class SchoolYearBeforeWordsTest {
    private static final SchoolYears YEARS = SchoolYears.of(null, null, null);
    private static final List<String> LABEL = List.of("Tahun Pelajaran");

    private static List<List<Cell>> rows(String... texts) {
        List<List<Cell>> out = new java.util.ArrayList<>();
        for (int r = 0; r < texts.length; r++) {
            out.add(List.of(new Cell(r, 0, CellKind.TEXT, texts[r], Double.NaN)));
        }
        return out;
    }

    @Test
    void aSchoolYearFollowedByATermIsRead() {
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(rows("Data Peserta Didik",
                "Tahun Pelajaran 2024/2025 Semester Ganjil"), LABEL, YEARS));
        assertEquals(OptionalInt.of(2023), CensusYears.fromLabel(rows("Tahun Pelajaran 2023-24 Semester Genap"), LABEL,
                YEARS));
        // Beside its label, in a cell of its own.
        List<List<Cell>> beside = List.of(List.of(new Cell(0, 0, CellKind.TEXT, "Tahun Pelajaran", Double.NaN),
                new Cell(0, 1, CellKind.TEXT, "2024/2025 Semester Ganjil", Double.NaN)));
        assertEquals(OptionalInt.of(2024), CensusYears.fromLabel(beside, LABEL, YEARS));
    }

    @Test
    void numbersThatAreNoSchoolYearBeforeWordsAreNotRead() {
        // Two years that do not follow each other, a lone number, a count: none is a school year.
        assertEquals(OptionalInt.empty(), CensusYears.fromLabel(rows("Tahun Pelajaran 2024/2031 Semester Ganjil"),
                LABEL, YEARS));
        assertEquals(OptionalInt.empty(), CensusYears.fromLabel(rows("Tahun Pelajaran 2024 siswa"), LABEL, YEARS));
        assertEquals(OptionalInt.empty(), CensusYears.fromLabel(rows("Tahun Pelajaran 1500/1501 siswa"), LABEL,
                YEARS));
    }

    @Test
    void theWordsAfterTheYearAreNamed() {
        assertEquals("Semester Ganjil", CensusYears.wordsAfterYear("Tahun Pelajaran 2024/2025 Semester Ganjil",
                "2024/2025"));
        assertNull(CensusYears.wordsAfterYear("Tahun Pelajaran 2024/2025", "2024/2025"));
        assertNull(CensusYears.wordsAfterYear("Année scolaire : 2023-2024", "2023-2024"));
    }

    @Test
    void theDraftsYearLabelIsTheKnownYearWordsOfTheTitle() {
        assertEquals("Tahun Pelajaran", DraftYearTitle.yearWords(
                "Rekap Peserta Didik SD - Kabupaten Bogor - Tahun Pelajaran"));
        assertEquals("Année scolaire", DraftYearTitle.yearWords("QUESTIONNAIRE DE RENTRÉE - Année scolaire"));
        // No known year words at the end: the title's words as they are; a lone Year is not taken alone.
        assertEquals("ANNUAL SCHOOL CENSUS", DraftYearTitle.yearWords("ANNUAL SCHOOL CENSUS"));
        assertEquals("Skul sensas year", DraftYearTitle.yearWords("Skul sensas year"));
        List<List<Cell>> title = rows("Rekap Peserta Didik SD - Kabupaten Bogor - Tahun Pelajaran 2024/2025");
        assertEquals("Tahun Pelajaran", DraftYearTitle.label(title, YEARS).orElseThrow());
    }
}
