package org.emisworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups made within one second are numbered; removing the oldest of them (beyond the number kept) must not
 * free its name for the next one, or two backups would share a name (seen when four imports ran in a second).
 */
class BackupNamesTest {
    @TempDir
    Path dir;

    @Test
    void aNameFreedByRemovingAnOlderBackupOfTheSameSecondIsNeverGivenAgain() throws Exception {
        Path workspace = dir.resolve("census.mv.db");
        Files.writeString(workspace, "");
        LocalDateTime now = LocalDateTime.of(2026, 12, 5, 0, 30, 15);
        Path first = Backups.nextBeforeImport(workspace, now);
        assertEquals("census.backup-before-import-20261205-003015.mv.db", first.getFileName().toString());
        Files.writeString(first, "1");
        Path second = Backups.nextBeforeImport(workspace, now);
        assertEquals("census.backup-before-import-20261205-003015-2.mv.db", second.getFileName().toString());
        Files.writeString(second, "2");
        Path third = Backups.nextBeforeImport(workspace, now);
        Files.writeString(third, "3");
        // Only the newest two are kept: the first goes, and its name must not come back.
        Files.delete(first);
        Path fourth = Backups.nextBeforeImport(workspace, now);
        assertEquals("census.backup-before-import-20261205-003015-4.mv.db", fourth.getFileName().toString());
        // Another second starts again from the plain name.
        assertEquals("census.backup-before-import-20261205-003016.mv.db",
                Backups.nextBeforeImport(workspace, now.plusSeconds(1)).getFileName().toString());
    }
}
