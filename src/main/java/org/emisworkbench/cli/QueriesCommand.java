package org.emisworkbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.QueryService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis queries}: query workbooks to send back to schools, one .xlsx per school. */
@Command(name = "queries", description = "Write one query workbook per school listing its open findings.")
final class QueriesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--year", required = true, description = "Census year")
    int year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--out", required = true, description = "Folder for the workbooks")
    Path out;

    @Option(names = "--force", description = "Replace files of the same kind already there (never the workspace)")
    boolean force;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final class Which {
        @Option(names = "--school", description = "School code")
        String school;

        @Option(names = "--district", description = "District code: every school with open findings")
        String district;
    }

    @Override
    public Integer call() {
        try (Workbench wb = workspace.open()) {
            QueryService service = wb.queries();
            Locale locale = language.lang;
            QueryService.Written written = which.school != null ? service.school(year, which.school, locale, out, force)
                    : service.district(year, which.district, locale, out, CliProgress.to(spec.commandLine().getErr()),
                            Cancellation.none(), force);
            spec.commandLine().getOut().println(written.files().size() + " query workbook(s) written to " + out);
            if (written.leftOut() != null) {
                // Findings about how the template reads the form: the officer's, not the school's (docs/rules.md).
                spec.commandLine().getOut().println(TerminalText.message(written.leftOut(), locale));
            }
            return 0;
        }
    }
}
