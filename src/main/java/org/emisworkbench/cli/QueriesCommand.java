package org.emisworkbench.cli;

import java.nio.file.Path;
import java.util.List;
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
            List<Path> files = which.school != null ? List.of(service.forSchool(year, which.school, locale, out, force))
                    : service.forDistrict(year, which.district, locale, out, CliProgress.to(spec.commandLine().getErr()),
                            Cancellation.none(), force);
            spec.commandLine().getOut().println(files.size() + " query workbook(s) written to " + out);
            return 0;
        }
    }
}
