package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.samples.NationalWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up in the middle of an import, on a real file system: a 3 MB tmpfs. Mounting one
 * needs the administrator's rights, so the test runs only where that works (the message path alone is
 * covered everywhere by {@code EngineErrorsTest}). The file fails with a plain message; the workspace
 * opens afterwards even while the disk is full, showing nothing of the file, and once there is room
 * again it holds nothing of the file in any table and the file imports.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aDiskFullDuringAnImportIsSaidPlainlyAndLeavesNothing() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()),
                "a small tmpfs can be mounted here");
        try {
            Path workbook = dir.resolve("national-2024.xlsx");
            NationalWorkbook.write(workbook, 6_000, 11, Progress.NONE, Cancellation.none());
            Path db = small.resolve("census");
            Map<String, Long> before;
            FileResult r;
            try (Workbench wb = Workbench.open(db)) {
                before = CorpusRunner.counts(wb);
                r = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(workbook),
                        "national-wide", 2024), Progress.NONE, Cancellation.none()).files().get(0);
            } catch (ServiceException e) {
                throw new AssertionError("closing a workspace on a full disk must not fail: " + e.getMessage(), e);
            }
            assertEquals(FileOutcome.FAILED, r.outcome(), "3 MB cannot hold 6,000 schools: " + r.message());
            assertTrue(r.message().contains("the disk is full"), r.message());
            EngineMessagesTest.assertPlain(r.message());
            // The disk is still full: the workspace opens all the same, and shows nothing of the file; its rows
            // wait, unseen, for room to be removed.
            try (Workbench wb = Workbench.open(db)) {
                assertTrue(wb.schools(2024, null).isEmpty(), "nothing of the file is seen");
                assertTrue(wb.batches().isEmpty());
            }
            // Room again: the next opening removes every row of the file from every table.
            assertTrue(run("mount", "-o", "remount,size=64m", small.toString()), "the tmpfs grows");
            try (Workbench wb = Workbench.open(db)) {
                assertEquals(before, CorpusRunner.counts(wb), "every table as before the file");
                FileResult again = new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(
                        List.of(workbook), "national-wide", 2024), Progress.NONE, Cancellation.none()).files().get(0);
                assertEquals(FileOutcome.IMPORTED, again.outcome(), again.message());
                assertEquals(6_000, wb.schools(2024, null).size());
            }
        } finally {
            run("umount", small.toString());
        }
    }
}
