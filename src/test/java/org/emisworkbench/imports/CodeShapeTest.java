package org.emisworkbench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A code's shape, walked along the code, is the one its two regular expressions gave. */
class CodeShapeTest {

    @Test
    void knownCodes() {
        assertEquals("A-9", WideRows.shape("KR-0101"));
        assertEquals("9", WideRows.shape(" 1002 "));
        assertEquals("A9A", WideRows.shape("SCH01004b"));
        // A vowel sign is a mark, not a letter: it breaks the run of letters as it did.
        assertEquals("A्Aा", WideRows.shape("जम्मा"));
    }

    @Test
    void sameAsTheRegularExpressionsOnRandomCodes() {
        List<String> parts = List.of("A", "z", "é", "क", "्", "२", "0", "7", "-", " ", "/", "ស", "១", "𝔸", ".");
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            StringBuilder code = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                code.append(parts.get(random.nextInt(parts.size())));
            }
            String c = code.toString();
            String expected = c.strip().replaceAll("\\p{L}+", "A").replaceAll("\\d+", "9");
            assertEquals(expected, WideRows.shape(c), c);
        }
    }
}
