package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.StoredFinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cohort and change findings cite last year's cell too, and point at last year's finding when it has one. */
class CascadeFindingsTest {
    @TempDir
    static Path dir;
    static Workbench workbench;
    static ValidationService validation;

    @BeforeAll
    static void open() {
        workbench = SampleCountryFixture.copy(dir.resolve("census"));
        validation = new ValidationService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    @Test
    void cohortAndChangeFindingsOfTheSecondYearCiteLastYearsCell() {
        List<StoredFinding> across = validation.findings(new FindingFilter(2025, null, null, null, null, null)).stream()
                .filter(f -> f.finding().ruleId().startsWith("COH-") || f.finding().ruleId().startsWith("CHG-"))
                .filter(f -> f.finding().source() != null).toList();
        assertFalse(across.isEmpty());
        for (StoredFinding f : across) {
            var before = f.finding().previousSource();
            assertNotNull(before, f.finding().ruleId() + " " + f.finding().schoolCode());
            assertNotNull(before.cell(), f.finding().schoolCode());
            assertTrue(before.file().contains("2024") || !before.file().contains("2025"), before.toString());
        }
    }

    @Test
    void aChangeCausedByLastYearsOutlierPointsAtIt() {
        // SCH04077's 2024 return holds the planted outlier (answer key); its 2025 return is right.
        StoredFinding outlier = validation.findings(new FindingFilter(2024, null, "SCH04077", "OUT-01", null, null))
                .get(0);
        List<StoredFinding> change = validation.findings(new FindingFilter(2025, null, "SCH04077", "CHG-01", null,
                null));
        assertEquals(1, change.size());
        String en = change.get(0).finding().message().english();
        String fr = change.get(0).finding().message().in("fr");
        assertTrue(en.contains("has its own finding: OUT-01 of 2024."), en);
        assertTrue(fr.contains("a son propre constat : OUT-01 de 2024."), fr);
        assertEquals(2024, outlier.finding().year());
        assertTrue(en.contains("Last year's figure"), en);
    }
}
