package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.PackageService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis package}: a district's checked year as one file for the ministry (docs/exchange.md). */
@Command(name = "package", description = {"Write a district's year as one package for the ministry (returns, findings, manifest).","Write a district's year as one package for the ministry: its current "
        + "returns with each figure's file, sheet and cell, the schools and master list, the findings with their "
        + "follow-up, the templates and rule pack used, and a manifest with the rows and SHA-256 of every part "
        + "(JSON lines in a zip, docs/exchange.md). The ministry puts packages together with emis import-package."})
final class PackageCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @Option(names = "--district", required = true, description = "District code (or name)")
    String district;

    @Option(names = "--out", required = true, description = "The package to write, e.g. D03-2025.emis.zip")
    Path out;

    @Option(names = "--force", description = "Replace a package of the same name already there (never the workspace)")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try (Workbench wb = workspace.open()) {
            PackageService.Sent s = wb.packages().write(year, district, out, force,
                    CliProgress.to(spec.commandLine().getErr()), Cancellation.none());
            o.println("Wrote " + s.file() + ": district " + s.district() + ", " + s.year() + ", " + s.schools()
                    + " schools with a return, " + s.rows().get("facts") + " figures, " + s.rows().get("findings")
                    + " findings.");
            return 0;
        }
    }
}
