package org.emisworkbench.cli;

import java.util.concurrent.Callable;
import org.emisworkbench.model.FindingStatus;
import org.emisworkbench.service.ValidationService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis confirm}: mark a finding confirmed correct (or queried, or open again). */
@Command(name = "confirm", description = "Mark a finding confirmed correct with a comment (or --status queried|open).")
final class ConfirmCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--finding", required = true, paramLabel = "ID", description = "Finding id (see emis findings)")
    long finding;

    @Option(names = "--comment", description = "Why the figure is right, or what was asked of the school")
    String comment;

    @Option(names = "--status", defaultValue = "confirmed", description = "confirmed (default), queried or open")
    FindingStatus status;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workbench wb = workspace.open()) {
            wb.validation().mark(finding, status, comment);
            spec.commandLine().getOut().printf("Finding %d marked %s.%n", finding,
                    status.name().toLowerCase(java.util.Locale.ROOT));
            return 0;
        }
    }
}
