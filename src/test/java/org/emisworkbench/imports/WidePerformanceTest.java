package org.emisworkbench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.workbook.Visibility;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ImportProblem;
import org.emisworkbench.model.PopulationRecord;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.template.Template;
import org.emisworkbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/**
 * The wide interpreter's work grows in proportion to the rows it reads: eight times the rows cost about eight times
 * the processor time, measured in the same run as the interpreting thread's own processor time (what other
 * programs on the machine take does not count), so the check holds on a loaded or slow machine. How fast an import
 * is lives in {@code emis bench import} (docs/performance.md), not here.
 */
class WidePerformanceTest {
    private static final int ROWS = 160_000;
    private static final int COLS = 29;
    /** The smaller sheet's rows: an eighth. */
    private static final int FEW = ROWS / 8;
    /**
     * Work in proportion to the rows gives 8; work growing with the rows already read (a list searched for each
     * school, say) gives up to 64, and over 16 as soon as it is a third of the work on the long sheet. Twice the
     * linear figure, so jitter in a short measure or a larger heap to walk cannot fail a linear interpreter.
     */
    private static final double MOST_FOR_EIGHT_TIMES_THE_ROWS = 16.0;

    /** Streams generated rows through one reused row object, as a streaming reader does. */
    static final class Synthetic implements WorkbookReader, SheetRow {
        private final int[] cols = new int[COLS];
        private final CellKind[] kinds = new CellKind[COLS];
        private final String[] texts = new String[COLS];
        private final double[] numbers = new double[COLS];
        private final String[] numberTexts = new String[100];
        private final int rows;
        private int index;

        Synthetic() {
            this(ROWS);
        }

        Synthetic(int rows) {
            this.rows = rows;
            for (int i = 0; i < numberTexts.length; i++) {
                numberTexts[i] = Integer.toString(i);
            }
        }

        @Override
        public Path file() {
            return Path.of("big.xlsx");
        }

        @Override
        public List<SheetInfo> sheets() {
            return List.of(new SheetInfo(0, "Pupils", Visibility.VISIBLE));
        }

        @Override
        public void read(SheetInfo sheet, RowHandler handler) {
            for (index = 0; index <= rows; index++) {
                for (int c = 0; c < COLS; c++) {
                    cols[c] = c;
                    if (index == 0) {
                        kinds[c] = CellKind.TEXT;
                        texts[c] = c == 0 ? "School ID" : c <= 26 ? "G" + ((c - 1) / 2) + " " + ((c % 2) == 1 ? "M" : "F")
                                : c == 27 ? "Total M" : "Total F";
                        texts[c] = texts[c].replace("G0 ", "PP ");
                    } else if (c == 0) {
                        kinds[c] = CellKind.TEXT;
                        texts[c] = "SCH" + index;
                    } else {
                        kinds[c] = CellKind.NUMBER;
                        int v = c >= 27 ? 13 * (index % 50) : index % 50;
                        numbers[c] = v;
                        texts[c] = v < 100 ? numberTexts[v] : Integer.toString(v);
                    }
                }
                if (!handler.row(this)) {
                    return;
                }
            }
        }

        @Override
        public SheetGrid grid(SheetInfo sheet, int maxCells) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public int size() {
            return COLS;
        }

        @Override
        public int col(int i) {
            return cols[i];
        }

        @Override
        public CellKind kind(int i) {
            return kinds[i];
        }

        @Override
        public String text(int i) {
            return texts[i];
        }

        @Override
        public double number(int i) {
            return numbers[i];
        }
    }

    /** Counts without keeping, so the measure is the interpreter's, not the heap's. */
    static final class CountingSink implements CensusSink {
        long schools;
        long facts;
        long problems;

        @Override
        public void school(SchoolRecord school) {
            schools++;
        }

        @Override
        public void facts(FactRecord f) {
            facts++;
        }

        @Override
        public void withdraw(String school, org.emisworkbench.model.Topic topic, org.emisworkbench.model.Sex sex,
                             org.emisworkbench.model.AgeGroup age, String sheet, int row, int slot) {
            facts--;
        }

        @Override
        public void population(PopulationRecord p) {
        }

        @Override
        public void problem(ImportProblem p) {
            problems++;
        }
    }

    @Test
    void theInterpretersWorkGrowsInProportionToTheRows() throws Exception {
        Template t = TemplateLoader.parse("""
                {"id": "perf", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Pupils"], "key": ["School ID"],
                   "columns": [{"patterns": ["G{grade} {sex}", "{grade} {sex}"], "field": "enrolment"},
                               {"patterns": ["Total {sex}"], "total": "enrolment"}]}]}
                """, "perf.json", null);
        Synthetic few = new Synthetic(FEW);
        Synthetic whole = new Synthetic(ROWS);
        CountingSink sink = new CountingSink();
        new WideInterpreter().interpret(whole, t, Fixtures.context("big.xlsx", 2024), sink);
        assertEquals(ROWS, sink.schools);
        assertEquals(2L * ROWS, sink.facts);
        assertEquals(0, sink.problems);
        // Warmed up by the run above; then each size in turn, the least of each kept (the short one more often).
        long small = Long.MAX_VALUE;
        long large = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            small = Math.min(small, cpuNanos(() -> new WideInterpreter().interpret(few, t,
                    Fixtures.context("big.xlsx", 2024), new CountingSink())));
            if (round < 2) {
                large = Math.min(large, cpuNanos(() -> new WideInterpreter().interpret(whole, t,
                        Fixtures.context("big.xlsx", 2024), new CountingSink())));
            }
        }
        double ratio = (double) large / small;
        System.out.printf("%d cells: %d ms of processor time; %d cells: %d ms; ratio %.2f%n", (long) FEW * COLS,
                small / 1_000_000, (long) ROWS * COLS, large / 1_000_000, ratio);
        assertTrue(ratio < MOST_FOR_EIGHT_TIMES_THE_ROWS, "eight times the rows took " + String.format("%.2f", ratio)
                + " times the processor time (" + small / 1_000_000 + " ms, then " + large / 1_000_000 + " ms)");
    }

    @Test
    void cancellationStopsALongSheetAndProgressIsReported() throws Exception {
        Template t = TemplateLoader.parse("""
                {"id": "perf", "version": 1, "layout": "wide",
                 "sheets": [{"names": ["Pupils"], "key": ["School ID"],
                   "columns": [{"patterns": ["G{grade} {sex}", "{grade} {sex}"], "field": "enrolment"}]}]}
                """, "perf.json", null);
        org.emisworkbench.model.Cancellation cancel = org.emisworkbench.model.Cancellation.none();
        java.util.concurrent.atomic.AtomicLong updates = new java.util.concurrent.atomic.AtomicLong();
        CountingSink sink = new CountingSink();
        ImportContext ctx = new ImportContext("big.xlsx", 2024, org.emisworkbench.model.GradeSystem.standard(),
                (done, total, message) -> {
                    if (updates.incrementAndGet() == 5) {
                        cancel.cancel();
                    }
                }, cancel);
        org.junit.jupiter.api.Assertions.assertThrows(org.emisworkbench.model.CancelledException.class,
                () -> new WideInterpreter().interpret(new Synthetic(), t, ctx, sink));
        assertEquals(5, updates.get());
        assertTrue(sink.schools < 7_000, "stopped within about a thousand rows: " + sink.schools);
    }

    interface Job {
        void run() throws Exception;
    }

    /** The processor time of this thread alone while the job runs, so other programs' load does not count. */
    private static long cpuNanos(Job job) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        job.run();
        return threads.getCurrentThreadCpuTime() - start;
    }
}
