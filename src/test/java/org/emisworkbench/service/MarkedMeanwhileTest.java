package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emisworkbench.model.Finding;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingKey;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.model.SourceRef;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.model.Texts;
import org.emisworkbench.store.FindingStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: two officers mark the same finding, each from what their screen showed. The second one is told,
 * in plain words with the first one's mark and comment, and nothing of the first is overwritten; once the
 * second has read the finding again, their mark is kept.
 */
class MarkedMeanwhileTest {
    @TempDir
    Path dir;

    @Test
    void theSecondOfficerIsToldAndSeesTheFirstOnesComment() throws Exception {
        Path db = ReportFixture.create(dir);
        try (Workbench wb = Workbench.open(db)) {
            new FindingStore(wb.workspace()).saveRun("default-census", "1", 2024, null, Set.of("IMP-02"), List.of(
                    new Finding(new FindingKey(null, "IMP-02", "S1", 2024, null, null, null, "C4"), "IMP-02 title",
                            Severity.ERROR, "S1", "D01", "enrolment", null, null,
                            new Texts(java.util.Map.of("en", "m", "fr", "m")), new SourceRef("f.xlsx", "Form", "C4"),
                            null, null, null, null, null)));
            ValidationService validation = new ValidationService(wb);
            FindingFilter filter = new FindingFilter(2024, "D01", "S1", "IMP-02", null, null, null);
            StoredFinding seenByAmina = validation.findings(filter).get(0);
            StoredFinding seenByBruno = validation.findings(filter).get(0);
            assertEquals(FindingStatus.OPEN, seenByBruno.status());

            validation.mark(seenByAmina, FindingStatus.CONFIRMED, "phoned the head teacher: 4 teachers is right");
            ServiceException told = assertThrows(ServiceException.class,
                    () -> validation.mark(seenByBruno, FindingStatus.QUERIED, "please check"));
            String message = told.message().english();
            assertTrue(message.startsWith("Finding " + seenByBruno.id() + " was marked by "), message);
            assertTrue(message.contains("confirmed correct") && message.contains(
                    "phoned the head teacher: 4 teachers is right") && message.contains("Your change was not kept"),
                    message);
            assertTrue(told.message().in(Locale.FRENCH).contains("confirmé exact"), told.message().in(Locale.FRENCH));

            StoredFinding now = validation.findings(filter).get(0);
            assertEquals(FindingStatus.CONFIRMED, now.status(), "the first mark stays");
            assertEquals("phoned the head teacher: 4 teachers is right", now.comment());
            // Having read it again, the second officer's mark is kept.
            validation.mark(now, FindingStatus.QUERIED, "asked the district office too");
            assertEquals(FindingStatus.QUERIED, validation.findings(filter).get(0).status());
            // The command line marks what is there, as before.
            validation.mark(now.id(), FindingStatus.OPEN, null);
            assertEquals(FindingStatus.OPEN, validation.findings(filter).get(0).status());
        }
    }
}
