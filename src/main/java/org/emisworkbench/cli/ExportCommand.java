package org.emisworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.service.ReportService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis export}: the district summary's tables as an .xlsx workbook. */
@Command(name = "export", description = "Write the district summary tables as an .xlsx workbook.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ReportOptionsMixin report;

    @Mixin
    AgeCoverageOption ages;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @Option(names = "--district", required = true, description = "District code")
    String district;

    @Option(names = "--out", required = true, description = "The .xlsx file to write")
    Path out;

    @Option(names = "--force", description = "Replace files of the same kind already there (never the workspace)")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workbench wb = Workbench.open(workspace.db)) {
            wb.reports(ages.settings()).export(year, district, report.level, report.options(), out, force);
            spec.commandLine().getOut().println("Wrote " + out);
            return 0;
        }
    }
}
