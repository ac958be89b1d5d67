package org.emisworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every workspace command takes. */
final class WorkspaceOption {
    @Option(names = "--db", required = true, paramLabel = "PATH",
            description = "Workspace database file (created when absent), e.g. census.mv.db")
    Path db;
}
