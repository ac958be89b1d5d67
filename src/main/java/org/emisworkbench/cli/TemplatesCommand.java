package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.service.TemplateCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis templates}: the templates available to import. */
@Command(name = "templates", description = "List built-in templates, those of your templates folder and, with --db,"
        + " those of the templates folder beside the workspace (it wins over yours, which win over the built-in"
        + " ones).")
final class TemplatesCommand implements Callable<Integer> {
    @Option(names = "--templates-folder", paramLabel = "DIR", description = "Folder of your own templates"
            + " (default: ~/EMIS Workbench/templates)")
    Path folder;

    @Option(names = "--db", paramLabel = "PATH", description = "A workspace file: also list the templates of the"
            + " templates folder beside it")
    Path db;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (db != null && !org.emisworkbench.service.Workbench.fileExists(db)) {
            // Templates may wait beside a workspace not imported yet; a mistyped name is still said.
            spec.commandLine().getErr().println("note: there is no workspace " + db + " yet; listing the templates"
                    + " folder beside where it would be");
        }
        TemplateCatalog catalog = TemplateCatalog.forWorkspace(db, folder);
        if (format == Format.json) {
            Output.json(out, catalog.list());
        } else {
            for (var t : catalog.list()) {
                // A user template's id and title are text from a file: shown on one line, no control character raw.
                out.printf("%-22s v%-3d %-7s %-12s %s (%s%s)%n", TerminalText.line(t.id()), t.version(), t.layout(), t.role(),
                        t.title() == null || t.title().isBlank() ? "(no title)" : TerminalText.line(t.title()),
                        TerminalText.line(t.origin()), t.replaces() == null ? "" : "; replaces " + TerminalText.line(t.replaces()));
            }
        }
        catalog.problems().forEach(p -> spec.commandLine().getErr().println("not usable: " + p));
        return catalog.problems().isEmpty() ? 0 : 1;
    }
}
