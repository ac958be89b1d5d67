package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emisworkbench.model.BatchInfo;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emis db-info}: what a workspace holds. */
@Command(name = "db-info", description = "Show row counts per table and census year, and the imported files.")
final class DbInfoCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workbench wb = workspace.open()) {
            Map<String, Map<Integer, Long>> counts = wb.tableCounts();
            var batches = wb.batches();
            long unfinished = wb.unfinishedImports();
            var withdrawals = wb.withdrawals();
            if (format == Format.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("database", wb.location());
                doc.put("counts", counts);
                doc.put("batches", batches);
                doc.put("unfinishedImports", unfinished);
                doc.put("withdrawals", withdrawals);
                Output.json(out, doc);
                return 0;
            }
            out.println("Workspace " + wb.location());
            out.printf("%-16s %8s %12s%n", "table", "year", "rows");
            counts.forEach((table, byYear) -> {
                if (byYear.isEmpty()) {
                    out.printf("%-16s %8s %12d%n", table, "-", 0);
                }
                byYear.forEach((year, n) -> out.printf("%-16s %8s %12d%n", table, year == 0 ? "-" : year, n));
            });
            out.println();
            if (unfinished > 0) {
                out.println(unfinished + " unfinished import(s) could not be removed yet (the disk is full or memory"
                        + " ran out): their rows are not counted above, and are removed when the workspace next opens"
                        + " with room.");
            }
            out.println(batches.size() + " imported file(s)");
            for (BatchInfo b : batches) {
                out.printf("#%-5d %-40s %-22s %5s  +%d schools, %d replaced, %d values, %d problems%s%n", b.id(),
                        TerminalText.line(b.fileName()), b.templateId(), b.year() == null ? "-" : b.year(), b.schoolsAdded(),
                        b.schoolsReplaced(), b.valuesStored(), b.problems(),
                        b.importedBy() == null ? "" : ", by " + TerminalText.line(b.importedBy()));
            }
            if (!withdrawals.isEmpty()) {
                // Returns withdrawn (decision 0069): kept as history, counted nowhere while the withdrawal stands.
                out.println();
                out.println("Withdrawn returns: " + withdrawals.stream().filter(w -> w.standing()).count()
                        + (withdrawals.stream().allMatch(w -> w.standing()) ? "" : " (and "
                        + withdrawals.stream().filter(w -> !w.standing()).count() + " withdrawal(s) undone)"));
                for (var w : withdrawals) {
                    out.printf("#%-5d %s %d, read from %s: %d figure(s), withdrawn %s by %s%s%s%n", w.id(),
                            TerminalText.line(w.school()), w.year(), TerminalText.line(String.join(", ", w.files())),
                            w.figures(), WHEN.format(w.at()), TerminalText.line(String.valueOf(w.by())),
                            w.reason() == null ? "" : ": " + TerminalText.line(w.reason()),
                            w.standing() ? "" : "; undone " + WHEN.format(w.undoneAt()) + " by "
                                    + TerminalText.line(String.valueOf(w.undoneBy())));
                }
            }
            return 0;
        }
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());
}
