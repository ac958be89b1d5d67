package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.service.ReportService;
import org.emisworkbench.service.ServiceException;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis report}: the printable district summary, for one district or all of them. */
@Command(name = "report", description = "Write the district summary PDF (one district, or --all into a folder), or the"
        + " national summary (--national).")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    ReportOptionsMixin report;

    @Mixin
    AgeCoverageOption ages;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--out", required = true, description = "PDF file (one district) or folder (--all)")
    Path out;

    @Option(names = "--force", description = "Replace files of the same kind already there (never the workspace)")
    boolean force;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final class Which {
        @Option(names = "--district", description = "District code")
        String district;

        @Option(names = "--all", description = "Every district of the year, one PDF each")
        boolean all;

        @Option(names = "--national", description = "The national summary: the country's key indicators, a map of"
                + " the districts (with boundaries) and a row per district, one PDF")
        boolean national;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workbench wb = workspace.open()) {
            ReportService service = wb.reports(ages.settings());
            if (which.all) {
                List<Path> files = service.allDistricts(year, report.level, report.options(), this.out,
                        CliProgress.to(err), Cancellation.none(), force);
                out.println(files.size() + " district summaries written to " + this.out);
                return 0;
            }
            if (this.out.getFileName() == null || !this.out.getFileName().toString().toLowerCase().endsWith(".pdf")) {
                throw new ServiceException(Message.verbatim("--out must name a .pdf file for one district or the"
                        + " national summary (use --all for a folder)."));
            }
            if (which.national) {
                service.national(year, report.level, report.options(), this.out, force);
                out.println(TerminalText.text(LanguageOption.of(spec.commandLine()), "cli.wrote", this.out));
                return 0;
            }
            service.district(year, which.district, report.level, report.options(), this.out, force);
            out.println(TerminalText.text(LanguageOption.of(spec.commandLine()), "cli.wrote", this.out));
            return 0;
        }
    }
}
