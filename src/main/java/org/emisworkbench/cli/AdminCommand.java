package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis admin}: what a database administrator needs of a shared workspace (docs/shared-workspace.md). */
@Command(name = "admin", description = "For a database administrator: review a shared workspace's schema scripts.",
        subcommands = {AdminCommand.Migrations.class})
final class AdminCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code emis admin migrations --print}: every schema script, in the order the workbench runs them. */
    @Command(name = "migrations", description = "Print the schema scripts a workspace runs, in order, to review them"
            + " before a shared workspace is created or upgraded.")
    static final class Migrations implements Callable<Integer> {
        @Option(names = "--print", required = true, description = "Print every script (SQL), one after another")
        boolean print;

        @Option(names = "--engine", defaultValue = "postgresql",
                description = "postgresql (a shared workspace) or h2 (a workspace file); default ${DEFAULT-VALUE}")
        Engine engine;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        enum Engine { postgresql, h2 }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(Workbench.schemaScripts(engine == Engine.postgresql));
            out.flush();
            return 0;
        }
    }
}
