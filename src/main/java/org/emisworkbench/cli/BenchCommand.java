package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.emisworkbench.service.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emis bench import|validate|indicators|report|all}: the speed and memory targets of docs/performance.md. */
@Command(name = "bench", description = "Measure import, validation, indicators or reports on a generated"
        + " national-scale workbook.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "import, validate, indicators, report, or all"
            + " (all four over one import)")
    What what;

    @Option(names = "--schools", defaultValue = "50000", description = "Schools in the workbook (default ${DEFAULT-VALUE})")
    int schools;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds before the timed one (floor and"
            + " import, or validation; default ${DEFAULT-VALUE}; 0 measures a cold start)")
    int warmup;

    @Option(names = "--keep", description = "Keep the generated folder (its path is printed)")
    boolean keep;

    @Option(names = "--data", paramLabel = "FOLDER", description = "Keep the generated workbook in FOLDER and reuse"
            + " it on later runs of the same size (a million schools take many minutes to write)")
    java.nio.file.Path data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum What { IMPORT, VALIDATE, INDICATORS, REPORT, ALL }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println(data == null ? "Writing a workbook of " + schools + " schools…"
                : "Reading the workbook of " + schools + " schools in " + data + " (written first if not there)…");
        var data = Benchmarks.prepare(schools, this.data, CliProgress.to(err));
        try {
            // The load average says whether other work shared the machine: figures are compared with the
            // floor measured in the same run, which slows down with them.
            out.printf("machine: %d cores, Java %s, max heap %d MB, load average %.1f%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (what == What.IMPORT) {
                printImport(out, Benchmarks.importBench(data, schools, warmup));
            } else if (what == What.REPORT) {
                long floor = Benchmarks.floorMillis(data);
                var b = Benchmarks.reportBench(data, schools);
                out.printf("import (untimed setup): %.2f s%n", b.importMillis() / 1000.0);
                printFloor(out, floor);
                printReports(out, floor, b.reportMillis(), b.districts(), b.peakHeapBytes());
            } else if (what == What.INDICATORS) {
                long floor = Benchmarks.floorMillis(data);
                var b = Benchmarks.indicatorsBench(data, schools);
                out.printf("import (untimed setup): %.2f s%n", b.importMillis() / 1000.0);
                printFloor(out, floor);
                printIndicators(out, floor, b);
            } else if (what == What.VALIDATE) {
                long floor = Benchmarks.floorMillis(data);
                var b = Benchmarks.validateBench(data, schools, warmup);
                out.printf("import (untimed setup): %.2f s%n", b.importMillis() / 1000.0);
                printFloor(out, floor);
                printValidate(out, floor, b);
            } else {
                Benchmarks.allBench(data, schools, warmup, new Benchmarks.AllBenchSink() {
                    private long floor;

                    @Override
                    public void imported(Benchmarks.ImportBench b) {
                        floor = b.floorMillis();
                        printImport(out, b);
                        out.flush();
                    }

                    @Override
                    public void validated(Benchmarks.ValidateBench b) {
                        printValidate(out, floor, b);
                        out.flush();
                    }

                    @Override
                    public void indicators(Benchmarks.IndicatorsBench b) {
                        printIndicators(out, floor, b);
                        out.flush();
                    }

                    @Override
                    public void reports(Benchmarks.ReportBench b) {
                        printReports(out, floor, b.reportMillis(), b.districts(), b.peakHeapBytes());
                        out.flush();
                    }
                });
            }
            if (keep) {
                out.println("kept: " + data.folder());
            }
            return 0;
        } finally {
            if (!keep) {
                Benchmarks.cleanUp(data);
            }
        }
    }
    private static void printImport(PrintWriter out, Benchmarks.ImportBench b) {
        out.printf("workbook: %d schools, %d cells, %.1f MB%n", b.schools(), b.cells(), b.fileBytes() / 1e6);
        out.printf("warm-up rounds before timing: %d (first, cold import: %.2f s)%n", b.warmups(),
                b.coldImportMillis() / 1000.0);
        out.printf("floor (inflate + JDK StAX parse, nothing stored): %.2f s%n", b.floorMillis() / 1000.0);
        out.printf("import (read, convert, store with provenance):    %.2f s%n", b.importMillis() / 1000.0);
        out.printf("ratio import/floor: %.2f (target <= 2.0)%n", b.ratio());
        out.printf("cells per second: %.0f; values stored: %d%n", b.cellsPerSecond(), b.valuesStored());
        out.printf("peak heap during import: %d MB (max heap %d MB)%n", b.peakHeapBytes() >> 20,
                b.maxHeapBytes() >> 20);
    }

    private void printFloor(PrintWriter out, long floor) {
        out.printf("floor (inflate + JDK StAX parse of the workbook, this run): %.2f s%n", floor / 1000.0);
    }

    /** Seconds, seconds per 100,000 schools, and the ratio to the floor measured in the same run. */
    private String cost(long millis, long floor) {
        return String.format("%.2f s = %.2f s per 100,000 schools = %.2f x floor", millis / 1000.0,
                millis / 1000.0 * 100_000 / schools, floor == 0 ? Double.NaN : (double) millis / floor);
    }

    private void printValidate(PrintWriter out, long floor, Benchmarks.ValidateBench b) {
        out.printf("warm-up rounds before timing: %d (first, cold validation: %.2f s)%n", b.warmups(),
                b.coldMillis() / 1000.0);
        out.printf("validate (default pack, %d schools, %s): %s; %d findings%n", schools,
                b.wholeCountry() ? "whole country in one view" : "district by district", cost(b.validateMillis(), floor),
                b.findings());
        out.printf("peak heap during validation: %d MB%n", b.peakHeapBytes() >> 20);
    }

    private void printIndicators(PrintWriter out, long floor, Benchmarks.IndicatorsBench b) {
        out.printf("indicators of the country: %s%n", cost(b.countryMillis(), floor));
        out.printf("indicators of all %d districts: %s%n", b.districts(), cost(b.districtsMillis(), floor));
        out.printf("peak heap during indicators: %d MB%n", b.peakHeapBytes() >> 20);
    }

    private void printReports(PrintWriter out, long floor, long millis, int districts, long peak) {
        out.printf("district summaries: %d PDFs in %s%n", districts, cost(millis, floor));
        out.printf("peak heap during reports: %d MB%n", peak >> 20);
    }
}
