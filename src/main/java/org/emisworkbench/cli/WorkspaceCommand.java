package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.service.WorkspaceCopied;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis workspace}: whole workspaces, as a database administrator moves them (docs/shared-workspace.md). */
@Command(name = "workspace", description = "Whole workspaces: copy one into a new workspace file or a shared"
        + " workspace on PostgreSQL.", subcommands = {WorkspaceCommand.Copy.class})
final class WorkspaceCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code emis workspace copy --from W1 --to W2}. */
    @Command(name = "copy", description = "Copy a workspace, with its history, findings and their follow-up,"
            + " settings and boundaries, into a NEW workspace: a file that does not exist yet, or a shared workspace"
            + " on PostgreSQL whose schema is empty. Either side may be a file or a postgresql:// address (role"
            + " and password from PGUSER and PGPASSWORD, else asked). Nothing is ever replaced.")
    static final class Copy implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "PATH|URL", description = "The workspace to copy")
        String from;

        @Option(names = "--to", required = true, paramLabel = "PATH|URL",
                description = "The new workspace: a file that does not exist, or postgresql://host:5432/db[?schema=…]")
        String to;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Workbench wb = Workbench.openExisting(from, System.getenv(), WorkspaceOption::askPassword)) {
                WorkspaceCopied copied = wb.copyTo(to, System.getenv(), WorkspaceOption::askPassword, CliProgress.to(err),
                        Cancellation.none());
                for (WorkspaceCopied.Table t : copied.tables()) {
                    out.printf("%-24s %10d%s%n", t.name(), t.rows(), t.alreadyThere() ? "  (as a new workspace has it)" : "");
                }
                out.printf("Copied %d rows from %s to %s%n", copied.rows(), TerminalText.line(copied.from()),
                        TerminalText.line(copied.to()));
                if (copied.tables().stream().anyMatch(t -> t.name().equals("district_role") && t.rows() > 0)) {
                    // The rows say who is an officer of which district; the server's grants are not data.
                    out.println("District officers' roles were copied as a list only: on a shared workspace, give"
                            + " each its districts again with emis admin district-role (docs/shared-workspace.md).");
                }
                return 0;
            }
        }
    }
}
