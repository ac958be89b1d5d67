package org.emisworkbench.service;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Progress;
import org.emisworkbench.testing.BadWorkbookCorpus;
import org.emisworkbench.testing.BadWorkbookCorpus.Entry;
import org.emisworkbench.testing.BadWorkbookCorpus.Expect;

/**
 * Generates the bad-input corpus and imports it file by file into one workspace, checking after each
 * file that it was stored with its problems recorded or refused with a message naming it and the
 * database left exactly as before. Meant to run in a child JVM with a small heap (see
 * BadInputCorpusTest); prints one line per file and a SUMMARY line; exit status 0 when all held.
 *
 * <p>Arguments: the sample-workbooks folder, a scratch folder.
 */
public final class CorpusRunner {
    /** Longest a single file may take before it counts as a hang. */
    static final long PER_FILE_SECONDS = 90;

    private final PrintStream out;
    private int stored;
    private int rejected;
    private long problems;
    private int unhandled;
    private final List<String> skipped = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, int[]> byCategory = new TreeMap<>();

    private CorpusRunner(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path work = Path.of(args[1]);
        long t0 = System.nanoTime();
        List<Entry> corpus = BadWorkbookCorpus.generate(samples, work.resolve("corpus"));
        long generated = System.nanoTime();
        System.out.printf("GENERATED %d files in %d ms%n", corpus.size(), (generated - t0) / 1_000_000);
        CorpusRunner runner = new CorpusRunner(System.out);
        boolean finished = runner.run(corpus, work.resolve("workspace"));
        long millis = (System.nanoTime() - generated) / 1_000_000;
        runner.summary(corpus.size(), millis, finished);
        System.out.flush();
        // A hung import thread would keep the JVM alive: leave explicitly.
        System.exit(finished && runner.unhandled == 0 && runner.violations.isEmpty() ? 0 : 1);
    }

    private boolean run(List<Entry> corpus, Path db) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-import");
            t.setDaemon(true);
            return t;
        });
        try (Workbench wb = Workbench.open(db)) {
            ImportService imports = new ImportService(wb, TemplateCatalog.load(null));
            for (Entry e : corpus) {
                if (e.expect() == Expect.KNOWN_STORE_BUG) {
                    skipped.add(e.file().getFileName().toString());
                    out.printf("SKIPPED %s: exposes a reported store bug%n", e.file().getFileName());
                    continue;
                }
                Map<String, Long> before = counts(wb);
                long start = System.nanoTime();
                Future<ImportReport> job = worker.submit(() -> imports.importFiles(new ImportRequest(List.of(e.file()),
                        null, null), Progress.NONE, Cancellation.none()));
                ImportReport report;
                try {
                    report = job.get(PER_FILE_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException t) {
                    violations.add(e.file().getFileName() + ": still running after " + PER_FILE_SECONDS + " s");
                    out.printf("HANG %s%n", e.file().getFileName());
                    return false;
                } catch (java.util.concurrent.ExecutionException x) {
                    unhandled++;
                    tally(e.category(), 2);
                    out.printf("UNHANDLED %s %s%n", e.file().getFileName(), x.getCause());
                    x.getCause().printStackTrace(out);
                    continue;
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                check(e, report, before, counts(wb), ms);
            }
        } finally {
            worker.shutdownNow();
        }
        return true;
    }

    private void check(Entry e, ImportReport report, Map<String, Long> before, Map<String, Long> after, long ms)
            throws SQLException {
        String name = e.file().getFileName().toString();
        if (report.files().size() != 1) {
            violations.add(name + ": " + report.files().size() + " results for one file");
            return;
        }
        FileResult r = report.files().get(0);
        expect(after.get("~leaked-secret") == 0, name + ": an XML entity was expanded into the database");
        if (r.outcome() == FileOutcome.IMPORTED) {
            stored++;
            problems += r.problemCount();
            tally(e.category(), 0);
            long added = after.get("IMPORT_PROBLEM") - before.get("IMPORT_PROBLEM");
            expect(added == r.problemCount(), name + ": " + r.problemCount() + " problems reported but " + added
                    + " recorded");
            expect(after.get("IMPORT_BATCH") == before.get("IMPORT_BATCH") + 1, name + ": stored without its batch row");
            expect(e.expect() != Expect.REJECT, name + ": stored, but it should have been refused");
            expect(e.expect() != Expect.PROBLEMS_IF_STORED || r.problemCount() > 0, name
                    + ": stored without recording a problem");
        } else {
            rejected++;
            tally(e.category(), 1);
            String m = r.message() == null ? "" : r.message();
            expect(m.contains(name), name + ": refusal does not name the file: " + m);
            expect(!m.contains("Exception") && !m.contains("\tat "), name + ": refusal leaks internals: " + m);
            expect(e.mustSay() == null || java.util.Arrays.stream(e.mustSay().split("\\|")).anyMatch(w -> m.toLowerCase(
                    java.util.Locale.ROOT).contains(w.toLowerCase(java.util.Locale.ROOT))), name
                    + ": refusal should mention '" + e.mustSay() + "': " + m);
            expect(before.equals(after), name + ": refused but the database changed: " + diff(before, after));
        }
        out.printf("FILE %-9s %-24s %-8s %6d ms %5d problems  %s%n", r.outcome(), e.category(), name.substring(0,
                Math.min(name.length(), 8)), ms, r.problemCount(), r.outcome() == FileOutcome.IMPORTED
                ? name + " (" + r.schoolsAdded() + " added, " + r.schoolsReplaced() + " replaced)" : r.message());
    }

    private void expect(boolean ok, String violation) {
        if (!ok) {
            violations.add(violation);
            out.println("VIOLATION " + violation);
        }
    }

    private void tally(String category, int column) {
        byCategory.computeIfAbsent(category, k -> new int[3])[column]++;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder b = new StringBuilder();
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                b.append(t).append(' ').append(before.get(t)).append("->").append(n).append(' ');
            }
        });
        return b.toString().trim();
    }

    /** Rows of every table of the workspace, and whether any text holds the corpus secret. */
    static Map<String, Long> counts(Workbench wb) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = wb.workspace().connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
            String like = " LIKE '%" + BadWorkbookCorpus.SECRET + "%'";
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM school_return WHERE school_name" + like
                    + " OR sheet_name" + like + ") + (SELECT COUNT(*) FROM import_problem WHERE raw_text" + like
                    + " OR sheet_name" + like + ") + (SELECT COUNT(*) FROM school WHERE name" + like + ")")) {
                rs.next();
                counts.put("~leaked-secret", rs.getLong(1));
            }
        }
        return counts;
    }

    private void summary(int files, long millis, boolean finished) {
        out.println("CATEGORY category stored rejected unhandled");
        byCategory.forEach((k, v) -> out.printf("CATEGORY %s %d %d %d%n", k, v[0], v[1], v[2]));
        violations.forEach(v -> out.println("VIOLATION " + v));
        out.printf("SUMMARY files=%d tried=%d stored=%d rejected=%d problems=%d unhandled=%d violations=%d"
                + " skipped=%d finished=%s millis=%d maxHeapMb=%d%n", files, files - skipped.size(), stored, rejected,
                problems, unhandled, violations.size(), skipped.size(), finished, millis,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
