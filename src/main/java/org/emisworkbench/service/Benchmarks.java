package org.emisworkbench.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emisworkbench.workbook.SheetXmlFloor;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.Progress;
import org.emisworkbench.samples.NationalWorkbook;

/**
 * The project's benchmarks (docs/performance.md): a national-scale workbook generated in a temporary
 * folder, then the import measured against the bare XML parse of its sheet, and validation over it.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    /** What one import benchmark measured. */
    public record ImportBench(int schools, long cells, long fileBytes, int warmups, long floorMillis,
                              long coldImportMillis, long importMillis, long valuesStored, long peakHeapBytes,
                              long maxHeapBytes) {
        public double ratio() {
            return floorMillis == 0 ? Double.NaN : (double) importMillis / floorMillis;
        }

        public double cellsPerSecond() {
            return importMillis == 0 ? Double.NaN : cells * 1000.0 / importMillis;
        }
    }

    /** What one validation benchmark measured. */
    public record ValidateBench(int schools, long importMillis, int warmups, long coldMillis, long validateMillis,
                                int findings, long peakHeapBytes, boolean wholeCountry) {
    }

    /** A prepared bench: a temporary folder for workspaces, the workbook (in it, or in a kept folder). */
    public record BenchData(Path folder, Path workbook, long cells) {
    }

    /** Writes the national workbook of {@code schools} rows into a new temporary folder. */
    public static BenchData prepare(int schools, Progress progress) {
        return prepare(schools, null, progress);
    }

    /**
     * As {@link #prepare(int, Progress)}, but with {@code kept} non-null the workbook lives in that folder,
     * named by its number of schools, and is written only if it is not there yet: a million schools take
     * many minutes to write, and every benchmark of that size can read the same file.
     */
    public static BenchData prepare(int schools, Path kept, Progress progress) {
        try {
            Path folder = Files.createTempDirectory("emis-bench");
            if (kept == null) {
                Path workbook = folder.resolve("national-census-2024.xlsx");
                long cells = NationalWorkbook.write(workbook, schools, 42, progress, Cancellation.none());
                return new BenchData(folder, workbook, cells);
            }
            Files.createDirectories(kept);
            Path workbook = kept.resolve("national-census-2024-" + schools + ".xlsx");
            if (!Files.isRegularFile(workbook)) {
                Path partial = kept.resolve(workbook.getFileName() + ".part");
                NationalWorkbook.write(partial, schools, 42, progress, Cancellation.none());
                Files.move(partial, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new BenchData(folder, workbook, SheetXmlFloor.countCells(workbook, "Census"));
        } catch (IOException | WorkbookException e) {
            throw new ServiceException(Message.of("bench.cannotWrite", e.getMessage()), e);
        }
    }

    /**
     * (a) the floor: the sheet XML inflated and parsed with the JDK's StAX, nothing converted or stored;
     * (b) the full import with provenance into a fresh workspace. Both first run {@code warmups} times
     * untimed (each import into its own throwaway workspace), so both are timed with a warm JIT, as in
     * a workbench that has been open for a while; the first, cold import is reported too.
     */
    public static ImportBench importBench(BenchData data, int schools, int warmups) {
        try {
            long cold = -1;
            for (int i = 0; i < warmups; i++) {
                SheetXmlFloor.countCells(data.workbook(), "Census");
                long t = System.nanoTime();
                importInto(data, "warm-up-" + i);
                cold = cold < 0 ? (System.nanoTime() - t) / 1_000_000 : cold;
            }
            long t0 = System.nanoTime();
            SheetXmlFloor.countCells(data.workbook(), "Census");
            long floor = (System.nanoTime() - t0) / 1_000_000;
            resetPeaks();
            long t1 = System.nanoTime();
            FileResult r = importInto(data, "bench-workspace");
            long imported = (System.nanoTime() - t1) / 1_000_000;
            return new ImportBench(schools, data.cells(), Files.size(data.workbook()), warmups, floor,
                    cold < 0 ? imported : cold, imported, r.valuesStored(), peakHeap(), Runtime.getRuntime().maxMemory());
        } catch (WorkbookException | IOException e) {
            throw new ServiceException(Message.of("bench.failed", e.getMessage()), e);
        }
    }

    /**
     * The floor alone (the sheet XML inflated and parsed, nothing kept), once untimed and once timed: the
     * yardstick of the machine's speed at the moment, which the other benchmarks are divided by.
     */
    public static long floorMillis(BenchData data) {
        try {
            SheetXmlFloor.countCells(data.workbook(), "Census");
            long t = System.nanoTime();
            SheetXmlFloor.countCells(data.workbook(), "Census");
            return (System.nanoTime() - t) / 1_000_000;
        } catch (WorkbookException e) {
            throw new ServiceException(Message.of("bench.failed", e.getMessage()), e);
        }
    }

    private static FileResult importInto(BenchData data, String workspace) {
        ImportReport report;
        try (Workbench wb = Workbench.open(data.folder().resolve(workspace))) {
            report = new ImportService(wb, TemplateCatalog.load(null)).importFiles(
                    new ImportRequest(List.of(data.workbook()), "national-wide", 2024), Progress.NONE,
                    Cancellation.none());
        }
        FileResult r = report.files().get(0);
        if (r.outcome() != FileOutcome.IMPORTED) {
            throw new ServiceException(Message.of("bench.importFailed", r.outcomeMessage()));
        }
        return r;
    }

    /**
     * Imports the bench workbook (untimed), then times the default pack over it: {@code warmups}
     * untimed runs first (the first of them, cold, is timed and reported too), then the timed run, as
     * in a workbench where the officer validates again after corrections.
     */
    public static ValidateBench validateBench(BenchData data, int schools, int warmups) {
        long t0 = System.nanoTime();
        importInto(data, "bench-validate");
        long imported = (System.nanoTime() - t0) / 1_000_000;
        try (Workbench wb = Workbench.open(data.folder().resolve("bench-validate"))) {
            return validate(wb, schools, imported, warmups);
        }
    }

    private static ValidateBench validate(Workbench wb, int schools, long imported, int warmups) {
        long cold = -1;
        for (int i = 0; i < warmups; i++) {
            long t = System.nanoTime();
            wb.validation().validate(null, 2024, null, Progress.NONE, Cancellation.none());
            if (i == 0) {
                cold = (System.nanoTime() - t) / 1_000_000;
            }
        }
        resetPeaks();
        long t1 = System.nanoTime();
        var result = wb.validation().validate(null, 2024, null, Progress.NONE, Cancellation.none());
        long validated = (System.nanoTime() - t1) / 1_000_000;
        return new ValidateBench(schools, imported, warmups, cold < 0 ? validated : cold, validated,
                result.raised(), peakHeap(), result.wholeCountry());
    }

    /** What one report benchmark measured. */
    public record ReportBench(int schools, long importMillis, long reportMillis, int districts, long peakHeapBytes) {
    }

    /** Imports the bench workbook (untimed), then times the summaries of every district. */
    public static ReportBench reportBench(BenchData data, int schools) {
        long t0 = System.nanoTime();
        importInto(data, "bench-report");
        long imported = (System.nanoTime() - t0) / 1_000_000;
        try (Workbench wb = Workbench.open(data.folder().resolve("bench-report"))) {
            return reports(wb, data, schools, imported);
        }
    }

    private static ReportBench reports(Workbench wb, BenchData data, int schools, long imported) {
        resetPeaks();
        Path out = data.folder().resolve("reports");
        long t1 = System.nanoTime();
        List<Path> files = wb.reports().allDistricts(2024, null,
                org.emisworkbench.model.ReportOptions.defaults(), out, Progress.NONE, Cancellation.none());
        long reported = (System.nanoTime() - t1) / 1_000_000;
        return new ReportBench(schools, imported, reported, files.size(), peakHeap());
    }

    /** What one indicators benchmark measured: the country's indicators, then every district's. */
    public record IndicatorsBench(int schools, long importMillis, long countryMillis, long districtsMillis,
                                  int districts, long peakHeapBytes) {
    }

    /**
     * Imports the bench workbook (untimed), then times the indicators as the {@code indicators} command
     * computes them: the whole country, then every district in one call.
     */
    public static IndicatorsBench indicatorsBench(BenchData data, int schools) {
        long t0 = System.nanoTime();
        importInto(data, "bench-indicators");
        long imported = (System.nanoTime() - t0) / 1_000_000;
        try (Workbench wb = Workbench.open(data.folder().resolve("bench-indicators"))) {
            return indicators(wb, schools, imported);
        }
    }

    private static IndicatorsBench indicators(Workbench wb, int schools, long imported) {
        IndicatorService service = wb.indicators();
        resetPeaks();
        long t1 = System.nanoTime();
        List<org.emisworkbench.model.IndicatorValue> country = service.compute(2024,
                org.emisworkbench.model.AreaSelector.country(), null);
        long countryMillis = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        var districts = service.computeAll(2024, org.emisworkbench.model.AreaSelector.Kind.DISTRICT, null);
        long districtsMillis = (System.nanoTime() - t2) / 1_000_000;
        if (country.isEmpty() || districts.isEmpty()) {
            throw new ServiceException(Message.of("bench.failed", "no indicator computed"));
        }
        return new IndicatorsBench(schools, imported, countryMillis, districtsMillis, districts.size(), peakHeap());
    }

    /** Receives each measure of {@link #allBench} as soon as it is taken (a later one may fail). */
    public interface AllBenchSink {
        void imported(ImportBench b);

        void validated(ValidateBench b);

        void indicators(IndicatorsBench b);

        void reports(ReportBench b);
    }

    /**
     * The import benchmark, then validation, indicators and district summaries over the workspace it
     * imported, each timed with its own peak heap: one import per size instead of four, which is what
     * makes a million schools measurable in an afternoon.
     */
    public static void allBench(BenchData data, int schools, int warmups, AllBenchSink sink) {
        ImportBench imported = importBench(data, schools, warmups);
        sink.imported(imported);
        try (Workbench wb = Workbench.open(data.folder().resolve("bench-workspace"))) {
            sink.validated(validate(wb, schools, imported.importMillis(), warmups));
            sink.indicators(indicators(wb, schools, imported.importMillis()));
            sink.reports(reports(wb, data, schools, imported.importMillis()));
        }
    }

    /*
     * Called as a timed run starts. No System.gc() first: a full collection makes G1 hand memory back,
     * and the timed run would then spend its first seconds growing the heap again, which no officer's
     * session does.
     */
    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Sum of the heap pools' peaks since the last reset: an upper bound of the peak heap in use, since
     * it counts garbage of earlier rounds not yet collected. Whether the run fits the heap is the test.
     */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Removes a bench folder. */
    public static void cleanUp(BenchData data) {
        try (var walk = Files.walk(data.folder())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
