package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.samples.NationalWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manual (not in the build: run with {@code mvn -o test -Dtest=BackupCostCheck}): what the backup before an
 * import costs on the national bench workspace (50,000 schools), for docs/performance.md.
 */
class BackupCostCheck {
    @TempDir
    Path dir;

    @Test
    void backupOfTheNationalBenchWorkspace() throws Exception {
        int schools = Integer.getInteger("schools", 50_000);
        Path workbook = dir.resolve("national-2024.xlsx");
        NationalWorkbook.write(workbook, schools, 11, Progress.NONE, Cancellation.none());
        Path db = dir.resolve("national.mv.db");
        try (Workbench wb = Workbench.open(db)) {
            long t0 = System.nanoTime();
            ImportReport r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                    List.of(workbook), "national-wide", 2024), Progress.NONE, Cancellation.none());
            assertEquals(FileOutcome.IMPORTED, r.files().get(0).outcome());
            long imported = (System.nanoTime() - t0) / 1_000_000;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                Path backup = wb.workspace().backupBeforeImport(3, Cancellation.none());
                long ms = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("BACKUP-COST schools=%d workspaceBytes=%d backupBytes=%d importMs=%d backupMs=%d%n",
                        schools, Files.size(db), Files.size(backup), imported, ms);
            }
        }
    }
}
