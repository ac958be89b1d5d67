package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.AppHome;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.SampleService;
import org.emisworkbench.service.WorkshopReset;
import org.emisworkbench.service.WorkshopService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis workshop}: the trainer's tools for a workshop on the sample country. */
@Command(name = "workshop", description = "Workshop tools for trainers: reset a workspace to the sample country,"
        + " write a school's corrected return.",
        subcommands = {WorkshopCommand.Reset.class, WorkshopCommand.CorrectedReturn.class})
final class WorkshopCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code emis workshop reset}: a fresh workspace holding the sample country. */
    @Command(name = "reset", description = "Replace a workspace with a fresh import of the sample country. The"
            + " workspace that was there is kept as NAME.before-reset.mv.db; a file that is not a workspace is"
            + " left alone. Exit status 1 when a workbook failed.")
    static final class Reset implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--samples", paramLabel = "DIR", description = "Sample workbooks to import (default: the"
                + " sample-workbooks folder next to the program, or made in ~/EMIS Workbench)")
        Path samples;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            WorkshopReset r = WorkshopService.reset(workspace.file("workshop reset"), samples, AppHome.folder(),
                    CliProgress.to(spec.commandLine().getErr()), Cancellation.none());
            out.printf(Locale.ROOT, "Reset %s to the sample country in %.1f s%n", r.database(), r.millis() / 1000.0);
            out.println(r.setAside() == null ? "  no workspace was there before"
                    : "  the workspace that was there is kept as " + r.setAside());
            out.println("  sample workbooks: " + r.samples());
            out.printf("  %d file(s) imported, %d failed, %d cancelled; schools with a return: %s%n",
                    r.imports().count(FileOutcome.IMPORTED), r.imports().count(FileOutcome.FAILED),
                    r.imports().count(FileOutcome.CANCELLED), r.schoolsByYear().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
            if (r.plantedErrors() >= 0) {
                out.printf("  %d planted errors to find (solutions: %s)%n", r.plantedErrors(),
                        r.samples().resolve("answer-key.json"));
            }
            r.imports().files().stream().filter(f -> f.outcome() == FileOutcome.FAILED)
                    .forEach(f -> out.println("FAILED  " + f.message()));
            return r.complete() ? 0 : 1;
        }
    }

    /** {@code emis workshop corrected-return}: what a school sends back after a query. */
    @Command(name = "corrected-return", description = "Write the corrected return of a school with a planted error"
            + " (district D03, D04 or D05), as the school sends it back after a query; for a missing return, the"
            + " late return. It goes under DIR with the original's relative path.")
    static final class CorrectedReturn implements Callable<Integer> {
        @Option(names = "--school", required = true, paramLabel = "CODE", description = "School code, e.g. SCH03054")
        String school;

        @Option(names = "--year", required = true, description = "Census year of the planted error")
        int year;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into")
        Path out;

        @Option(names = "--force", description = "Replace files of the same kind already there (never the workspace)")
        boolean force;

        @Option(names = "--seed", defaultValue = "2024", description = "Seed of the sample country (default"
                + " ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--schools", defaultValue = "420", description = "Schools of the sample country (default"
                + " ${DEFAULT-VALUE})")
        int schools;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path file = SampleService.correctedReturn(out, seed, schools, school.trim().toUpperCase(Locale.ROOT),
                    year, force);
            spec.commandLine().getOut().println("Wrote the corrected return of " + school + " for " + year + ": "
                    + file.toAbsolutePath());
            return 0;
        }
    }
}
