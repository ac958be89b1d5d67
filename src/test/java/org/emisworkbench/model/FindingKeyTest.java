package org.emisworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding's key keeps the text workspaces already hold, so marks made before stay attached. */
class FindingKeyTest {
    @Test
    void textIsTheFormWorkspacesHold() {
        assertEquals("GRD-01|SCH01001|2024|G3|F|7", new FindingKey(null, "GRD-01", "SCH01001", 2024, "G3", Sex.F, "7", null).text());
        assertEquals("DST-01|D03|2025|||", new FindingKey(null, "DST-01", "D03", 2025, null, null, null, null).text());
        assertEquals("mine:OUT-02|SCH03002|2025|||",
                new FindingKey("mine", "OUT-02", "SCH03002", 2025, null, null, null, null).text());
        assertEquals("IMP-01|SCH01001|2024||||Pupils!F17",
                new FindingKey(null, "IMP-01", "SCH01001", 2024, null, null, null, "Pupils!F17").text());
    }

    @Test
    void everyKeyReadsBackFromItsText() {
        List<FindingKey> keys = List.of(new FindingKey(null, "GRD-01", "SCH01001", 2024, "G3", Sex.M, "-4", null),
                new FindingKey(null, "DST-01", "D03", 2025, null, null, null, null),
                new FindingKey(null, "IMP-06", null, 2024, null, null, null, null),
                new FindingKey("pack.v2-x", "OUT-02", "SCH03002", 2025, null, null, null, null),
                new FindingKey(null, "IMP-01", "SCH01001", 2024, null, null, null, "Élèves | 2024!C5:C40"),
                new FindingKey(null, "IMP-02", null, 2024, null, null, null, ""),
                new FindingKey("région|2025:v2", "IMP-01", "SCH01001", 2024, null, null, null, "Pupils!C5:C40"));
        for (FindingKey k : keys) {
            assertEquals(k, FindingKey.parse(k.text()), k.text());
            assertEquals(k.text(), FindingKey.parse(k.text()).text());
        }
        assertTrue(keys.get(4).aboutOneCell() && keys.get(5).aboutOneCell(), "an empty cell is still one cell");
        assertFalse(keys.get(0).aboutOneCell());
        assertNull(FindingKey.parse(null));
    }
}
