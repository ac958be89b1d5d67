package org.emisworkbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    /** Every letter 5 points wide, plus 7 points of padding and spare: a word of n letters needs 5n + 7. */
    private static double letters(String text) {
        return ColumnWidths.widestWord(text, w -> 5.0 * w.length()) + 7;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    /** A table's widths after its header and rows were written, cell by cell. */
    private static float[] fitted(float[] wanted, float total, List<List<String>> rows) {
        ColumnWidths fit = new ColumnWidths(wanted);
        rows.forEach(r -> r.forEach(c -> fit.cell(letters(c))));
        return fit.fitting(total);
    }

    @Test
    void widthsAsAskedWhenEveryWordFits() {
        assertArrayEquals(new float[] {200, 100, 100}, fitted(new float[] {2, 1, 1}, 400,
                List.of(List.of("Name", "Girls", "Boys"), List.of("Hill View", "12", "14"))), 0.01f);
    }

    @Test
    void aNarrowColumnIsWidenedToItsLongestHeaderWordAndTheOthersGiveTheRoom() {
        // "Redoublants" needs 11 * 5 + 7 = 62 points; asked for 1/10 of 300 = 30.
        float[] w = fitted(new float[] {6, 3, 1}, 300, List.of(List.of("Indicator", "This year",
                "Redoublants inscrits")));
        assertEquals(62, w[2], 0.01f);
        assertEquals(300, sum(w), 0.01f);
        assertEquals(2.0, w[0] / w[1], 0.001, "the other columns keep the proportions asked");
    }

    @Test
    void aCodeOrAWordInTheBodyIsNeverBrokenEitherWhileThePageHasRoom() {
        // The header "Code" is short, but SCH03001 needs 8 * 5 + 7 = 47; "secondary" 9 * 5 + 7 = 52.
        float[] w = fitted(new float[] {1, 6, 1, 1}, 300, List.of(List.of("Code", "Name", "Level", "PTR"),
                List.of("SCH03001", "Hill View primary school", "secondary", "31.2"),
                List.of("SCH03002", "Lake", "primary", "28.0")));
        assertEquals(47, w[0], 0.01f);
        assertEquals(52, w[2], 0.01f);
        assertTrue(w[1] > w[0] && w[3] >= 27, java.util.Arrays.toString(w));
        assertEquals(300, sum(w), 0.01f);
    }

    @Test
    void widthsTakenAwayCanMakeAnotherColumnShortAndItIsWidenedToo() {
        float[] w = fitted(new float[] {10, 1, 1, 1}, 200, List.of(List.of("A", "Enrolment", "Repeaters", "Ab")));
        assertEquals(52, w[1], 0.01f);
        assertEquals(52, w[2], 0.01f);
        assertTrue(w[3] >= 17, "the last column still holds its word: " + w[3]);
        assertEquals(200, sum(w), 0.01f);
    }

    @Test
    void wordsWiderThanThePageTogetherKeepTheirProportions() {
        float[] w = fitted(new float[] {1, 1}, 100, List.of(List.of("Aaaaaaaaaaaaaaaaaaaa", "Bbbbbbbbbb")));
        assertEquals(100, sum(w), 0.01f);
        assertEquals(107.0 / 57.0, w[0] / w[1], 0.001);
    }

    @Test
    void aNumberWithNoBreakSpacesIsOneWord() {
        assertEquals(5.0 * 5 + 7, letters("1\u202f234"), 1e-9);
        assertEquals(5.0 * 9 + 7, letters("lower secondary\ttext"), 1e-9);
    }
}
