package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.service.PackageService;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emis import-package}: district packages put together in a (national) workspace. */
@Command(name = "import-package", description = {"Import district packages made by emis package, each all or nothing.","A newer package of the same district and year replaces the earlier one, which is kept as "
        + "history; the district's confirmed findings stay confirmed. A package whose parts do not match its "
        + "manifest is refused, naming the part. Exit 2 if any package was refused."})
final class ImportPackageCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(arity = "1..*", paramLabel = "PACKAGE", description = "District package files (.emis.zip)")
    List<Path> packages;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Message> refused = new ArrayList<>();
        try (Workbench wb = workspace.openOrCreate()) {
            for (PackageService.Received r : wb.packages().importPackages(packages, CliProgress.to(err),
                    Cancellation.none(), refused)) {
                if (r.already()) {
                    o.println("SAME    " + r.file().getFileName() + ": imported before, nothing changed.");
                } else {
                    o.println("OK      " + r.file().getFileName() + ": district " + r.district() + ", " + r.year() + ", "
                            + r.files() + " files, " + r.schools() + " schools, " + r.figures() + " figures, "
                            + r.findings() + " findings (" + r.marks() + " confirmed or queried)"
                            + (r.replaced() == null ? "." : "; the earlier package is kept as history."));
                }
            }
        }
        for (Message m : refused) {
            err.println("error: " + TerminalText.message(m));
        }
        return refused.isEmpty() ? 0 : PlainErrors.FAILED;
    }
}
