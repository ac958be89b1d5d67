package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.emisworkbench.service.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emis bench import|validate}: the speed and memory targets of docs/performance.md. */
@Command(name = "bench", description = "Measure import or validation on a generated national-scale workbook.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "import, validate or report")
    What what;

    @Option(names = "--schools", defaultValue = "50000", description = "Schools in the workbook (default ${DEFAULT-VALUE})")
    int schools;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds before the timed one (floor and"
            + " import, or validation; default ${DEFAULT-VALUE}; 0 measures a cold start)")
    int warmup;

    @Option(names = "--keep", description = "Keep the generated folder (its path is printed)")
    boolean keep;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum What { IMPORT, VALIDATE, REPORT }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Writing a workbook of " + schools + " schools…");
        var data = Benchmarks.prepare(schools, CliProgress.to(err));
        try {
            out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
            if (what == What.IMPORT) {
                var b = Benchmarks.importBench(data, schools, warmup);
                out.printf("workbook: %d schools, %d cells, %.1f MB%n", b.schools(), b.cells(), b.fileBytes() / 1e6);
                out.printf("warm-up rounds before timing: %d (first, cold import: %.2f s)%n", b.warmups(),
                        b.coldImportMillis() / 1000.0);
                out.printf("floor (inflate + JDK StAX parse, nothing stored): %.2f s%n", b.floorMillis() / 1000.0);
                out.printf("import (read, convert, store with provenance):    %.2f s%n", b.importMillis() / 1000.0);
                out.printf("ratio import/floor: %.2f (target <= 2.0)%n", b.ratio());
                out.printf("cells per second: %.0f; values stored: %d%n", b.cellsPerSecond(), b.valuesStored());
                out.printf("peak heap during import: %d MB (max heap %d MB)%n", b.peakHeapBytes() >> 20,
                        b.maxHeapBytes() >> 20);
            } else if (what == What.REPORT) {
                var b = Benchmarks.reportBench(data, schools);
                out.printf("import (untimed setup): %.2f s%n", b.importMillis() / 1000.0);
                out.printf("district summaries: %d PDFs in %.2f s (target <= 30 s)%n", b.districts(),
                        b.reportMillis() / 1000.0);
                out.printf("peak heap during reports: %d MB%n", b.peakHeapBytes() >> 20);
            } else {
                var b = Benchmarks.validateBench(data, schools, warmup);
                out.printf("import (untimed setup): %.2f s%n", b.importMillis() / 1000.0);
                out.printf("warm-up rounds before timing: %d (first, cold validation: %.2f s)%n", b.warmups(),
                        b.coldMillis() / 1000.0);
                out.printf("validate (default pack, %d schools): %.2f s (target <= 3 s); %d findings%n", b.schools(),
                        b.validateMillis() / 1000.0, b.findings());
                out.printf("peak heap during validation: %d MB%n", b.peakHeapBytes() >> 20);
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
}
