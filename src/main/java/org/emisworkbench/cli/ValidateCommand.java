package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.emisworkbench.service.ValidationService.ParameterLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis validate}: run a rule pack over a census year. */
@Command(name = "validate", description = "Check a census year with a rule pack; exit 1 while error findings are open.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--rules", paramLabel = "PACK", description = "Rule pack JSON (default: the built-in census pack)")
    Path rules;

    @Option(names = "--year", description = "Census year (default: the latest census year in the workspace)")
    Integer year;

    @Option(names = "--district", description = "Only this district's findings")
    String district;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE})")
    FindingPrinter.Format format;

    @Mixin
    LanguageOption language;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workbench wb = workspace.open()) {
            ValidationService validation = wb.validation();
            int checked;
            if (year != null) {
                checked = year;
            } else {
                checked = validation.latestYear();
                err.println(TerminalText.text(language.lang, "cli.validate.latestYear", String.valueOf(checked)));
            }
            var result = validation.validate(rules, checked, district, CliProgress.to(err, language.lang), Cancellation.none());
            if (!result.parametersChanged().isEmpty()) {
                err.println(TerminalText.text(language.lang, "cli.validate.parameters", ParameterLine.describe(result.parametersChanged())));
            }
            if (!result.notCollected().isEmpty()) {
                err.println(TerminalText.text(language.lang, "cli.validate.notCollected",
                        result.notCollectedText()));
            }
            FindingPrinter.print(out, result.findings(), format, language.lang, groups -> validation.titled(groups, rules, language.lang));
            err.println(TerminalText.text(language.lang, "cli.validate.totals", result.raised(), result.added(), result.resolved(),
                    result.openErrors()));
            if (result.folded() > 0) {
                err.println(TerminalText.text(language.lang, "cli.validate.folded", result.folded()));
            }
            return result.openErrors() > 0 ? 1 : 0;
        }
    }
}
