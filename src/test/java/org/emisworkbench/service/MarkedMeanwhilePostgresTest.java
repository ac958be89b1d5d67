package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Progress;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.testing.PostgresCluster;
import org.emisworkbench.testing.StoreEngine;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 on a real shared workspace: two officers, each with the workbench open on the same PostgreSQL
 * schema, mark the same finding from what their screens showed. The second is told, with the first one's
 * comment and database role, and the first mark stays. Skipped, saying why, without a server.
 */
class MarkedMeanwhilePostgresTest {
    @Test
    void twoOfficersOnOneSharedWorkspaceDoNotOverwriteEachOther() {
        StoreEngine.POSTGRESQL.assumeAvailable();
        String address = PostgresCluster.newWorkspace();
        try (Workbench amina = Workbench.open(address, PostgresCluster.environment(), null);
             Workbench bruno = Workbench.open(address, PostgresCluster.environment(), null)) {
            new ImportService(amina, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(Path.of("sample-workbooks/2024/wide")), null, null), Progress.NONE, Cancellation.none());
            new ValidationService(amina).validate(null, 2024, null, Progress.NONE, Cancellation.none());
            FindingFilter all = new FindingFilter(2024, null, null, null, null, null, null);
            List<StoredFinding> listed = new ValidationService(bruno).findings(all);
            assertFalse(listed.isEmpty(), "the import gives findings to mark");
            StoredFinding seenByBruno = listed.get(0);
            StoredFinding seenByAmina = new ValidationService(amina).findings(all).stream()
                    .filter(f -> f.id() == seenByBruno.id()).findFirst().orElseThrow();

            new ValidationService(amina).mark(seenByAmina, FindingStatus.CONFIRMED, "checked with the head teacher");
            ServiceException told = assertThrows(ServiceException.class,
                    () -> new ValidationService(bruno).mark(seenByBruno, FindingStatus.QUERIED, "sent back"));
            String message = told.message().english();
            assertTrue(message.contains("was marked by " + PostgresCluster.role())
                    && message.contains("checked with the head teacher"), message);
            StoredFinding now = new ValidationService(bruno).findings(all).stream()
                    .filter(f -> f.id() == seenByBruno.id()).findFirst().orElseThrow();
            assertEquals(FindingStatus.CONFIRMED, now.status());
            assertEquals("checked with the head teacher", now.comment());
        }
    }
}
