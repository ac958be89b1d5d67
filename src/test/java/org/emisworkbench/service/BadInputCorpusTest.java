package org.emisworkbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (testing.BadWorkbookCorpus, over 200 files) imported in a child JVM limited to
 * 512 MB: every file stored with its problems recorded or refused with a message naming it and the
 * database unchanged; no exception escapes, no file hangs, the heap bound holds. See docs/robustness.md.
 */
class BadInputCorpusTest {
    private static final Pattern SUMMARY = Pattern.compile("SUMMARY files=\\d+ tried=(\\d+) stored=(\\d+)"
            + " rejected=(\\d+) problems=(\\d+) unhandled=(\\d+) violations=(\\d+) skipped=(\\d+) finished=(\\w+)");

    @Test
    void everyCorpusFileIsStoredWithItsProblemsOrRefusedCleanly(@TempDir Path dir) throws Exception {
        ChildJvm.Result run = ChildJvm.run(CorpusRunner.class, "512m", 10, TimeUnit.MINUTES,
                Path.of("sample-workbooks").toAbsolutePath().toString(), dir.toString());
        System.out.println(run.output());
        Matcher m = SUMMARY.matcher(run.output());
        assertTrue(m.find(), () -> "no summary from the corpus run (exit " + run.exitCode() + "):\n" + run.tail());
        int tried = Integer.parseInt(m.group(1));
        assertTrue(tried >= 200, "corpus of " + tried + " files");
        assertEquals(tried, Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(5)));
        assertEquals("0", m.group(5), "unhandled exceptions:\n" + run.tail());
        assertEquals("0", m.group(6), "violations:\n" + run.tail());
        assertTrue(Integer.parseInt(m.group(7)) <= 1, "only the file of the known store bug is skipped");
        assertEquals("true", m.group(8), "a file hung:\n" + run.tail());
        assertTrue(Integer.parseInt(m.group(4)) > 0, "stored files recorded problems");
        assertEquals(0, run.exitCode(), run::tail);
    }
}
