package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis restore}: a backup over the workspace, the replaced file kept aside. */
@Command(name = "restore", description = "Put a backup in place of the workspace (close the window first). The"
        + " replaced workspace is kept as NAME.before-restore.mv.db; the files imported after the backup are"
        + " unknown again and import anew.")
final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "PATH",
            description = "Workspace database file, e.g. census.mv.db")
    Path db;

    @Option(names = "--backup", required = true, paramLabel = "FILE", description = "The backup (see emis backups)")
    Path backup;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path aside = Workbench.restore(backup, db);
        out.println("Restored " + TerminalText.line(backup) + " over " + TerminalText.line(db) + ".");
        if (aside != null) {
            out.println("The replaced workspace is kept as " + TerminalText.line(aside) + ".");
        }
        return 0;
    }
}
