package org.emisworkbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The header table of decision 0099 answers as a map of the texts would: checked against a {@link HashMap} over many
 * random headers (past several growths of the table), with one copy kept of equal meanings.
 */
class HashedHeadersTest {
    @Test
    void answersAsAMapOfTheTextsWouldPastManyGrowths() {
        Random rnd = new Random(99);
        HashedHeaders<String> table = new HashedHeaders<>();
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            String header = "grade " + rnd.nextInt(40) + " " + Long.toString(rnd.nextLong(), 36);
            String meaning = "G" + rnd.nextInt(13);
            String before = table.putIfAbsent(header, meaning);
            assertEquals(expected.putIfAbsent(header, meaning), before, header);
        }
        table.freeze();
        assertTrue(expected.size() > 49_000, "headers added: " + expected.size());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), table.get(e.getKey()), e.getKey());
        }
        for (int i = 0; i < 10_000; i++) {
            String absent = "other " + i;
            assertNull(table.get(absent), absent);
        }
    }

    @Test
    void equalMeaningsAreHeldOnceAndAPutReplacesOne() {
        HashedHeaders<List<String>> table = new HashedHeaders<>();
        for (int i = 0; i < 1000; i++) {
            table.putIfAbsent("grade " + i + " girls", List.of("G1", "F"));
        }
        assertEquals(1, table.meanings().size(), table.meanings().toString());
        assertSame(table.get("grade 1 girls"), table.get("grade 999 girls"));
        table.put("grade 5 girls", List.of("G5", "F"));
        assertEquals(List.of("G5", "F"), table.get("grade 5 girls"));
        assertEquals(List.of("G1", "F"), table.get("grade 6 girls"));
        assertEquals(2, table.meanings().size(), table.meanings().toString());
        table.freeze();
        assertThrows(IllegalStateException.class, () -> table.put("grade 1001 girls", List.of("G2", "F")));
    }
}
