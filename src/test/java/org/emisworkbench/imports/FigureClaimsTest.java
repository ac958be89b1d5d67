package org.emisworkbench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact table of figures read: it must answer exactly as a map of school and figure would. */
class FigureClaimsTest {
    @Test
    void aSecondGivingNamesTheFirstCellAndValue() {
        FigureClaims claims = new FigureClaims();
        assertNull(claims.claim("SCH101", "enrolment|G1|F|", "Export", 4, 3, 31));
        assertNull(claims.claim("SCH101", "enrolment|G1|M|", "Export", 5, 3, 34));
        assertNull(claims.claim("SCH102", "enrolment|G1|F|", "Export", 6, 3, 12));
        FigureClaims.Given first = claims.claim("SCH101", "enrolment|G1|F|", "Repeaters sheet", 1_048_575, 16_383, 7);
        assertNotNull(first);
        assertEquals("Export!D5 = 31", first.toString());
        // The second giving is not recorded: a third still names the first.
        assertEquals("Export!D5 = 31",
                claims.claim("SCH101", "enrolment|G1|F|", "Other", 9, 0, 2).toString());
        assertEquals(3, claims.size());
    }

    @Test
    void answersAsAMapWouldOverManyFiguresAndTheLastRowAndColumnOfASheet() {
        FigureClaims claims = new FigureClaims();
        Map<String, String> expected = new HashMap<>();
        Random random = new Random(11);
        int repeats = 0;
        for (int n = 0; n < 300_000; n++) {
            String school = "S" + random.nextInt(20_000);
            String figure = "enrolment|G" + (1 + random.nextInt(6)) + "|" + (random.nextBoolean() ? "F" : "M") + "|";
            String sheet = "Sheet " + random.nextInt(3);
            int row = random.nextInt(1_048_576);
            int col = random.nextInt(16_384);
            int value = random.nextInt(1_000_000) - 10;
            String where = sheet + "!" + org.emisworkbench.model.CellRef.columnLetters(col) + (row + 1) + " = " + value;
            String before = expected.putIfAbsent(school + "|" + figure, where);
            FigureClaims.Given given = claims.claim(school, figure, sheet, row, col, value);
            assertEquals(before, given == null ? null : given.toString());
            if (before != null) {
                repeats++;
            }
        }
        assertEquals(expected.size(), claims.size());
        // Both branches were taken many times: the draw repeats a school's figure often.
        assertEquals(true, repeats > 10_000 && expected.size() > 100_000, repeats + " / " + expected.size());
    }
}
