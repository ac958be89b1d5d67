package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emisworkbench.model.WorkspaceBackup;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis backups}: the backups beside a workspace, newest first, without opening it (it may be damaged). */
@Command(name = "backups", description = "List the backups beside a workspace, newest first (it is not opened,"
        + " so a damaged workspace can be listed too).")
final class BackupsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--db", required = true, paramLabel = "PATH",
            description = "Workspace database file, e.g. census.mv.db")
    Path db;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<WorkspaceBackup> backups = Workbench.backups(db);
        if (format == Format.json) {
            Output.json(out, backups.stream().map(b -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", b.file().toString());
                m.put("kind", b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                m.put("madeAt", b.madeAt().toString());
                m.put("bytes", b.bytes());
                return m;
            }).toList());
            return 0;
        }
        if (backups.isEmpty()) {
            out.println("No backup beside " + TerminalText.line(db.toAbsolutePath().normalize()) + ".");
            return 0;
        }
        out.println("Backups of " + TerminalText.line(db.toAbsolutePath().normalize()) + ", newest first"
                + " (restore one with: emis restore --db WORKSPACE --backup FILE)");
        for (WorkspaceBackup b : backups) {
            out.printf("%s  %-18s %10s  %s%n", WHEN.format(b.madeAt()), b.kind().label().english(), size(b.bytes()),
                    TerminalText.line(b.file()));
        }
        return 0;
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
