package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.validation.FindingGroups;

/** Prints findings as a readable table (grouped by rule), JSON or CSV. */
final class FindingPrinter {
    enum Format { table, json, csv }

    private FindingPrinter() {
    }

    static void print(PrintWriter out, List<StoredFinding> findings, Format format, boolean french) {
        switch (format) {
            case json -> Output.json(out, findings.stream().map(f -> FindingJson.of(f, french)).toList());
            case csv -> {
                Output.csv(out, FindingJson.CSV_HEADER);
                findings.forEach(f -> Output.csv(out, FindingJson.csvRow(f, french)));
            }
            default -> table(out, findings, french);
        }
    }

    private static void table(PrintWriter out, List<StoredFinding> findings, boolean french) {
        for (FindingGroups.Group g : FindingGroups.of(findings)) {
            out.printf("%s %s — %s: %d finding(s), first %s, last %s%n", g.severity().name(), g.ruleId(), g.title(),
                    g.count(), g.firstCell() == null ? "-" : g.firstCell(), g.lastCell() == null ? "-" : g.lastCell());
            for (StoredFinding f : g.findings()) {
                var r = f.finding();
                out.printf("  #%-6d %-10s %-9s %-40s %s%n", f.id(),
                        r.schoolCode() == null ? "-" : TerminalText.line(r.schoolCode()),
                        f.status().name().toLowerCase(java.util.Locale.ROOT),
                        r.source() == null ? "" : TerminalText.line(r.source()),
                        TerminalText.line(french ? r.messageFr() : r.messageEn()));
            }
        }
        out.println(findings.size() + " finding(s)");
    }
}
