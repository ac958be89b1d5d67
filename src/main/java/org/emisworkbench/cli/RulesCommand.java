package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.service.ValidationService.ParameterLine;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emis rules}: list the rules of a pack and its parameters (and check it loads); with {@code --set} or
 * {@code --reset}, keep values of the pack's parameters in a workspace, for its next validations.
 */
@Command(name = "rules", description = {"List the rules of a pack and its parameters; a broken pack is reported with"
        + " every problem.", "With --db, --set NAME=VALUE gives a parameter (a threshold) another value in that"
        + " workspace and --reset NAME takes it back to the pack's; the next validation uses them."})
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "PACK", description = "Rule pack JSON (default: the built-in census pack)")
    Path rules;

    @Option(names = "--db", paramLabel = "PATH", description = "Workspace whose grade system the pack is checked"
            + " against (default: a temporary workspace with the standard grades)")
    Path db;

    @Mixin
    LanguageOption language;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Give a parameter of the pack this value in the"
            + " workspace of --db (repeatable); checked against the pack's range")
    java.util.Map<String, String> set = new java.util.LinkedHashMap<>();

    @Option(names = "--reset", paramLabel = "NAME", description = "Take a parameter back to the pack's value in the"
            + " workspace of --db (repeatable)")
    java.util.Set<String> reset = new java.util.LinkedHashSet<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (db == null && (!set.isEmpty() || !reset.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--set and --reset keep values in a workspace: give it with --db");
        }
        Path temp = null;
        Path where = db;
        if (where == null) {
            temp = java.nio.file.Files.createTempDirectory("emis-rules");
            where = temp.resolve("rules-check");
        }
        try (Workbench wb = db == null ? Workbench.open(where)
                : Workbench.openExisting(db.toString(), System.getenv(), WorkspaceOption::askPassword,
                        "workspace.noSuchFile")) {
            var pack = set.isEmpty() && reset.isEmpty() ? wb.validation().describe(rules)
                    : wb.validation().setParameters(rules, set, reset);
            out.printf("%s (version %s): %s — %d rules%n", pack.id(), pack.version(), pack.title(), pack.rules().size());
            for (var r : pack.rules()) {
                out.printf("%-8s %-8s %-18s %-22s %s%n", r.id(), r.severity(), r.kind(), r.scope(), r.title(language.lang));
            }
            if (!pack.parameters().isEmpty()) {
                out.printf("%nParameters (%d; * set in this workspace, the pack's value in brackets):%n",
                        pack.parameters().size());
                for (var p : pack.parameters()) {
                    String value = ParameterLine.plain(p.value()) + (p.changed() ? " * (" + ParameterLine.plain(p.packValue())
                            + ")" : "");
                    out.printf("%-32s %-14s %-18s %s%n", p.name(), value, ParameterLine.plain(p.min()) + " to "
                            + ParameterLine.plain(p.max()) + (p.whole() ? ", whole" : ""), p.description().in(language.lang));
                }
            }
            return 0;
        } finally {
            if (temp != null) {
                try (var walk = java.nio.file.Files.walk(temp)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
