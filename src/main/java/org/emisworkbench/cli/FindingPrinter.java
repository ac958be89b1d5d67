package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.emisworkbench.model.StoredFinding;
import org.emisworkbench.service.validation.FindingGroups;

/** Prints findings as a readable table (grouped by rule), JSON or CSV. */
final class FindingPrinter {
    enum Format { table, json, csv }

    private FindingPrinter() {
    }

    /**
     * @param titled the groups with their rules' titles in {@code language} (the pack's own titles; the stored
     *               English ones where the pack gives none)
     */
    static void print(PrintWriter out, List<StoredFinding> findings, Format format, Locale language,
                      java.util.function.UnaryOperator<List<FindingGroups.Group>> titled) {
        switch (format) {
            case json -> Output.json(out, findings.stream().map(f -> FindingJson.of(f, language)).toList());
            case csv -> {
                Output.csv(out, FindingJson.CSV_HEADER);
                findings.forEach(f -> Output.csv(out, FindingJson.csvRow(f, language)));
            }
            default -> table(out, findings, language, titled);
        }
    }

    /**
     * One block per rule with the findings that count; a consequence is not counted and is listed under
     * the finding it follows from ("follows from this"), whatever its rule.
     */
    private static void table(PrintWriter out, List<StoredFinding> findings, Locale language,
                              java.util.function.UnaryOperator<List<FindingGroups.Group>> titled) {
        java.util.Set<Long> listed = new java.util.HashSet<>();
        findings.forEach(f -> listed.add(f.id()));
        int counted = 0;
        int folded = 0;
        for (FindingGroups.Group g : titled.apply(FindingGroups.of(findings))) {
            // A consequence whose cause is not in this listing (filtered out) is listed here, saying so.
            List<StoredFinding> shown = g.findings().stream()
                    .filter(f -> !f.folded() || f.causedBy() == null || !listed.contains(f.causedBy())).toList();
            if (shown.isEmpty()) {
                continue;
            }
            // The severity word starts the line in every language (as OK and FAILED do for import): a script looks for it.
            out.printf("%s %s — %s%n", g.severity().name(), g.ruleId(), g.firstCell() == null
                    // Findings of a school, with no cell (a school level missing): no "first -, last -".
                    ? TerminalText.text(language, "cli.findings.groupNoCell", TerminalText.line(g.title()),
                            shown.stream().filter(f -> !f.folded()).count())
                    : TerminalText.text(language, "cli.findings.group",
                    TerminalText.line(g.title()), shown.stream().filter(f -> !f.folded()).count(),
                    g.firstCell(), g.lastCell() == null ? "-" : g.lastCell()));
            for (StoredFinding f : shown) {
                if (f.folded()) { // its cause is filtered out of this listing
                    line(out, "  " + TerminalText.text(language, "cli.findings.followsFromOther", String.valueOf(f.causedBy())) + " ", f,
                            language);
                    folded++;
                    continue;
                }
                line(out, "  ", f, language);
                counted++;
                for (StoredFinding c : FindingGroups.consequences(f, findings)) {
                    line(out, "      " + TerminalText.text(language, "cli.findings.followsFromThis", c.finding().ruleId()) + " ", c, language);
                    folded++;
                }
            }
        }
        out.println(folded == 0 ? TerminalText.text(language, "cli.findings.count", counted)
                : TerminalText.text(language, "cli.findings.countAndFolded", counted, folded));
    }

    private static void line(PrintWriter out, String lead, StoredFinding f, Locale language) {
        var r = f.finding();
        out.printf("%s#%-6d %-10s %-9s %-40s %s%n", lead, f.id(),
                r.schoolCode() == null ? "-" : TerminalText.line(r.schoolCode()),
                TerminalText.text(language, "cli.findings.status." + f.status().name()),
                r.source() == null ? "" : TerminalText.line(r.source()),
                TerminalText.line(r.message().in(language)));
    }
}
