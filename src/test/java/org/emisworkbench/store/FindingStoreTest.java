package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingStoreTest {
    @TempDir
    Path dir;

    private static Finding finding(String school, double left) {
        return new Finding(new org.emisworkbench.model.FindingKey(null, "repeaters_le_enrolment", school, 2024, "G3", Sex.F, null, null),
                "Repeaters ≤ enrolment", Severity.ERROR, school, "D01", "repeaters", left, 12.0,
                new org.emisworkbench.model.Texts(java.util.Map.of("en", "Repeaters exceed enrolment",
                        "fr", "Les redoublants dépassent l'effectif", "pt", "Os repetentes excedem a matrícula")),
                new SourceRef("D01-2024.xlsx", "Repeaters", "F9"), null, null, null, null, null);
    }

    @Test
    void marksSurviveRevalidationAndVanishedFindingsAreResolved() {
        try (Workspace ws = Workspace.open(dir.resolve("w"))) {
            FindingStore store = new FindingStore(ws);
            var first = store.saveRun("default", "1", 2024, null, Set.of("repeaters_le_enrolment"),
                    List.of(finding("SCH01001", 15), finding("SCH01002", 20)));
            assertEquals(2, first.added());
            assertEquals(2, first.errors());
            long id = store.list(new FindingFilter(2024, null, "SCH01001", null, null, null)).get(0).id();
            assertTrue(store.mark(id, FindingStatus.CONFIRMED, "School has a repeat class; checked by phone"));

            var second = store.saveRun("default", "1", 2024, "d01", Set.of("repeaters_le_enrolment"),
                    List.of(finding("SCH01001", 16)));
            assertEquals(0, second.added());
            assertEquals(1, second.resolved());

            StoredFinding kept = store.list(new FindingFilter(2024, null, "SCH01001", null, null, null)).get(0);
            assertEquals(FindingStatus.CONFIRMED, kept.status());
            assertEquals("School has a repeat class; checked by phone", kept.comment());
            assertEquals(16.0, kept.finding().left());
            assertEquals("Repeaters!F9", kept.finding().source().sheetCell());
            StoredFinding gone = store.list(new FindingFilter(2024, null, "SCH01002", null, null, null)).get(0);
            assertEquals(FindingStatus.RESOLVED, gone.status());
            assertEquals(1, store.list(new FindingFilter(null, null, null, null, null, FindingStatus.RESOLVED)).size());
            assertEquals(1, store.list(new FindingFilter(null, null, null, null, Severity.ERROR, FindingStatus.CONFIRMED)).size());
        }
    }
}
