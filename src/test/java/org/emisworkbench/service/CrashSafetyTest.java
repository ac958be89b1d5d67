package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.samples.NationalWorkbook;
import org.emisworkbench.testing.ChildJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench process killed with SIGKILL in the middle of importing a large file: the workspace
 * opens afterwards, holds none or all of that file in every table (row counts equal to a new workspace's
 * or to one where the file was imported undisturbed), and the file imports again.
 */
class CrashSafetyTest {
    static final int SCHOOLS = 25_000;

    @TempDir
    static Path dir;
    static Path workbook;
    /** Rows of every table in a new workspace, and after the file was imported into one undisturbed. */
    static Map<String, Long> empty;
    static Map<String, Long> imported;

    @BeforeAll
    static void writeWorkbook() throws Exception {
        workbook = dir.resolve("national-2024.xlsx");
        NationalWorkbook.write(workbook, SCHOOLS, 7, Progress.NONE, Cancellation.none());
        try (Workbench wb = Workbench.open(dir.resolve("reference"))) {
            empty = CorpusRunner.counts(wb);
            FileResult r = importOnce(wb);
            assertEquals(FileOutcome.IMPORTED, r.outcome(), r.message());
            imported = CorpusRunner.counts(wb);
        }
        assertTrue(imported.get("SCHOOL") >= SCHOOLS && imported.get("FACT_ROW") > SCHOOLS, imported::toString);
    }

    private static FileResult importOnce(Workbench wb) {
        return new ImportService(wb, TemplateCatalog.load(null)).importFiles(new ImportRequest(List.of(workbook),
                "national-wide", 2024), Progress.NONE, Cancellation.none()).files().get(0);
    }

    @Test
    void killedMidImportTheWorkspaceHoldsNoneOfTheFileAndImportsItAgain() throws Exception {
        for (long delay : new long[] {1_500, 6_000}) {
            Path db = dir.resolve("census-" + delay);
            String printed = killAfterStart(db, delay);
            assertTrue(delay > 1_500 || printed.equals("killed mid-file"), "the import of " + SCHOOLS
                    + " schools outlasts 1.5 s, so the kill lands mid-file");
            try (Workbench wb = Workbench.open(db)) {
                int stored = wb.schools(2024, null).size();
                assertTrue(stored == 0 || stored == SCHOOLS, "none or all of the file after a kill " + delay
                        + " ms in, not " + stored + " (" + printed + ")");
                long batches = wb.batches().size();
                assertEquals(stored == 0 ? 0 : 1, batches, "a batch row exactly when its schools are there");
                // Every table, not only the year's schools: a row of the killed file in any table is a leftover.
                assertEquals(stored == 0 ? empty : imported, CorpusRunner.counts(wb), "rows of every table after a"
                        + " kill " + delay + " ms in (" + printed + ")");
                FileResult r = importOnce(wb);
                assertEquals(stored == 0 ? FileOutcome.IMPORTED : FileOutcome.ALREADY_IMPORTED, r.outcome(),
                        r.message());
                assertEquals(SCHOOLS, wb.schools(2024, null).size());
                assertEquals(imported, CorpusRunner.counts(wb), "every table as after one undisturbed import");
                System.out.printf("Killed %d ms after start (%s): %d schools kept; re-import %s in %d ms%n", delay,
                        printed, stored, r.outcome(), r.millis());
            }
        }
    }

    /** Starts the import in a child JVM, waits for STARTED plus {@code delay}, then SIGKILLs it. */
    private static String killAfterStart(Path db, long delay) throws Exception {
        Process child = ChildJvm.start(CrashImportMain.class, "1g", workbook.toString(), db.toString());
        StringBuffer out = new StringBuffer();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.append(line).append('\n');
                    if (line.startsWith("STARTED")) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // The stream closes when the child is killed.
            }
        }, "crash-child-output");
        reader.start();
        try {
            assertTrue(started.await(120, TimeUnit.SECONDS), () -> "the child did not start importing:\n" + out);
            Thread.sleep(delay);
            boolean finished = out.indexOf("DONE") >= 0;
            child.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no H2 close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            return finished ? "the import had finished" : "killed mid-file";
        } finally {
            child.destroyForcibly();
            reader.join(5_000);
        }
    }
}
