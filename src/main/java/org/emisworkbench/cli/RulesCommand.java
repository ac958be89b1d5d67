package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis rules}: list the rules of a pack (and check it loads). */
@Command(name = "rules", description = "List the rules of a pack; a broken pack is reported with every problem.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "PACK", description = "Rule pack JSON (default: the built-in census pack)")
    Path rules;

    @Option(names = "--db", paramLabel = "PATH", description = "Workspace whose grade system the pack is checked"
            + " against (default: a temporary workspace with the standard grades)")
    Path db;

    @Option(names = "--lang", defaultValue = "en", converter = LanguageCodes.class,
            completionCandidates = LanguageCodes.class,
            description = "Language of the rules' titles: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    java.util.Locale lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path temp = null;
        Path where = db;
        if (where == null) {
            temp = java.nio.file.Files.createTempDirectory("emis-rules");
            where = temp.resolve("rules-check");
        }
        try (Workbench wb = Workbench.open(where)) {
            var pack = wb.validation().describe(rules);
            out.printf("%s (version %s): %s — %d rules%n", pack.id(), pack.version(), pack.title(), pack.rules().size());
            for (var r : pack.rules()) {
                out.printf("%-8s %-8s %-18s %-22s %s%n", r.id(), r.severity(), r.kind(), r.scope(), r.title(lang));
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
