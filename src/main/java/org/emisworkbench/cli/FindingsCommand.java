package org.emisworkbench.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.emisworkbench.model.FindingFilter;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.model.Severity;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis findings}: list stored findings with their follow-up. */
@Command(name = "findings", description = "List findings of earlier validations, with their status.")
final class FindingsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--year", description = "Census year")
    Integer year;

    @Option(names = "--district", description = "District code")
    String district;

    @Option(names = "--school", description = "School code")
    String school;

    @Option(names = "--rule", description = "Rule id")
    String rule;

    @Option(names = "--severity", description = "error, warning or info")
    Severity severity;

    @Option(names = "--status", description = "open, confirmed, queried or resolved")
    FindingStatus status;

    @Option(names = "--pack", paramLabel = "ID", description = "Findings of this rule pack (its id), or * for"
            + " every pack's (default: for each year, the pack of the latest validation run)")
    String pack;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE})")
    FindingPrinter.Format format;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workbench wb = workspace.open()) {
            var list = wb.validation().findings(new org.emisworkbench.model.FindingFilter(year, district, school, rule,
                    severity, status, pack));
            // Titles from the default pack in the officer's language (a rule it lacks keeps its stored title).
            FindingPrinter.print(spec.commandLine().getOut(), list, format, language.lang,
                    groups -> wb.validation().titled(groups, null, language.lang));
            // Which pack's findings these are, beside the listing (stderr keeps JSON and CSV clean).
            var packs = list.stream().map(f -> f.finding().year() + ": " + f.packId()).distinct().sorted().toList();
            if (!packs.isEmpty()) {
                spec.commandLine().getErr().println(TerminalText.text(language.lang, "cli.findings.packs",
                        String.join(", ", packs)));
            }
            if (pack == null) {
                // The thresholds the listed findings were raised with, where the workspace changed the pack's.
                for (int y : list.stream().map(f -> f.finding().year()).distinct().sorted().toList()) {
                    var used = wb.validation().parametersUsed(y);
                    if (!used.isEmpty()) {
                        spec.commandLine().getErr().println(TerminalText.text(language.lang, "cli.findings.parameters",
                                String.valueOf(y),
                                org.emisworkbench.service.ValidationService.ParameterLine.describe(used)));
                    }
                }
            }
            return 0;
        }
    }
}
