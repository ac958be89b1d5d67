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
                // What db-info prints: the cut file's schools and batch not counted (was: school 5540, batch 4).
                // The opening's removal of the cut file's rows cannot be written while the disk is full: when the
                // engine's writer has met that refusal before this read, the read is refused too, in plain words.
                try {
                    assertEquals(Map.of(0, 0L), wb.tableCounts().get("school"), "no school of the cut file counted");
                    assertEquals(Map.of(0, 0L), wb.tableCounts().get("import_batch"));
                } catch (ServiceException stillFull) {
                    assertTrue(stillFull.getMessage().contains("the disk is full"), stillFull.getMessage());
                    EngineMessagesTest.assertPlain(stillFull.getMessage());
                }
            } catch (ServiceException closingOnAFullDisk) {
                assertTrue(closingOnAFullDisk.getMessage().contains("the disk is full"), closingOnAFullDisk.getMessage());
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

    /**
     * An export or a summary onto a full disk (issue 12, 9c): one plain sentence, exit 2 (was: POI's 38-line
     * stack trace and "did not expect: … Failed to save: content types part", or OpenPDF's
     * "ExceptionConverter: java.io.IOException", exit 3), and the earlier file of that name whole.
     */
    @Test
    void anOutputOntoAFullDiskIsSaidPlainlyAndTheEarlierFileStays() throws Exception {
        Path db = ReportFixture.create(dir);
        Path small = Files.createDirectories(dir.resolve("out"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString()),
                "a small tmpfs can be mounted here");
        try {
            Path earlier = small.resolve("d01.xlsx");
            org.emisworkbench.testing.CliRun first = org.emisworkbench.testing.CliRun.emis("export", "--db",
                    db.toString(), "--year", "2024", "--district", "D01", "--out", earlier.toString());
            assertEquals(0, first.code(), first.err());
            byte[] before = Files.readAllBytes(earlier);
            Path fill = small.resolve("fill");
            try (var out = Files.newOutputStream(fill)) {
                byte[] block = new byte[64 * 1024];
                while (true) {
                    out.write(block); // until the disk refuses
                }
            } catch (java.io.IOException full) {
                // the disk is full now
            }
            for (String[] args : List.of(
                    new String[] {"export", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                            earlier.toString(), "--force"},
                    new String[] {"report", "--db", db.toString(), "--year", "2024", "--district", "D01", "--out",
                            small.resolve("d01.pdf").toString()})) {
                org.emisworkbench.testing.CliRun r = org.emisworkbench.testing.CliRun.emis(args);
                assertEquals(2, r.code(), args[0] + ": " + r.err());
                assertTrue(r.err().contains("error: The disk is full: d01."), args[0] + ": " + r.err());
                assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
            }
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(earlier)), "the earlier export is whole");
            try (var files = Files.list(small)) {
                assertEquals(List.of("d01.xlsx", "fill"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                        "no temporary file and no half summary left");
            }
        } finally {
            run("umount", small.toString());
        }
    }
}
