package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.emisworkbench.model.SchoolListing;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis schools}: the schools with a return. */
@Command(name = "schools", description = "List the schools with a current return, by district and code.")
final class SchoolsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--year", description = "Census year (default: every year)")
    Integer year;

    @Option(names = "--district", description = "District code (default: every district)")
    String district;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE})")
    Format format;

    /** Errors in the officer's language; the CSV and JSON keep their keys. */
    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { csv, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench wb = workspace.open()) {
            List<SchoolListing> schools = wb.schools(year, district);
            if (format == Format.json) {
                Output.json(out, schools);
                return 0;
            }
            Output.csv(out, List.of("code", "name", "district", "year", "ownership", "locality", "level", "file",
                    "sheet", "row"));
            for (SchoolListing s : schools) {
                Output.csv(out, java.util.Arrays.asList(s.code(), s.name(), s.district(), s.year(), s.ownership(),
                        s.locality(), s.level(), s.file(), s.sheet(), s.row()));
            }
            return 0;
        }
    }
}
