package org.emisworkbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    /** Every letter 5 points wide: a word of n letters needs 5n points, plus the padding of 6 and 1 to spare. */
    private static double letters(String word) {
        return 5.0 * word.length();
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    @Test
    void widthsAsAskedWhenEveryWordFits() {
        float[] w = ColumnWidths.fitting(new float[] {2, 1, 1}, List.of("Name", "Girls", "Boys"),
                ColumnWidthsTest::letters, 6, 400);
        assertArrayEquals(new float[] {200, 100, 100}, w, 0.01f);
    }

    @Test
    void aNarrowColumnIsWidenedToItsLongestWordAndTheOthersGiveTheRoom() {
        // "Redoublants" needs 11 * 5 + 7 = 62 points; asked for 1/10 of 300 = 30.
        float[] w = ColumnWidths.fitting(new float[] {6, 3, 1}, List.of("Indicator", "This year",
                "Redoublants inscrits"), ColumnWidthsTest::letters, 6, 300);
        assertEquals(62, w[2], 0.01f);
        assertEquals(300, sum(w), 0.01f);
        assertEquals(2.0, w[0] / w[1], 0.001, "the other columns keep the proportions asked");
        assertTrue(w[0] >= 9 * 5 + 7 && w[1] >= 4 * 5 + 7);
    }

    @Test
    void widthsTakenAwayCanMakeAnotherColumnShortAndItIsWidenedToo() {
        float[] w = ColumnWidths.fitting(new float[] {10, 1, 1, 1}, List.of("A", "Enrolment", "Repeaters",
                "Ab"), ColumnWidthsTest::letters, 6, 200);
        assertEquals(52, w[1], 0.01f);
        assertEquals(52, w[2], 0.01f);
        assertTrue(w[3] >= 17, "the last column still holds its word: " + w[3]);
        assertEquals(200, sum(w), 0.01f);
    }

    @Test
    void wordsWiderThanThePageTogetherKeepTheirProportions() {
        float[] w = ColumnWidths.fitting(new float[] {1, 1}, List.of("Aaaaaaaaaaaaaaaaaaaa", "Bbbbbbbbbb"),
                ColumnWidthsTest::letters, 6, 100);
        assertEquals(100, sum(w), 0.01f);
        assertEquals(107.0 / 57.0, w[0] / w[1], 0.001);
    }
}
