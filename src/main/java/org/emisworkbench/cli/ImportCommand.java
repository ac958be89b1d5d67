package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.service.FileOutcome;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.ImportReport;
import org.emisworkbench.service.ImportRequest;
import org.emisworkbench.service.ImportService;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emis import}: census returns into a workspace, each file all or nothing. */
@Command(name = "import", description = "Import Excel returns (.xlsx, .xlsm, .xls; folders recursively)."
        + " Exit status 1 when any file failed.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--template", paramLabel = "ID|FILE", description = "Template id or JSON file (default: best fit per file)")
    String template;

    @Option(names = "--templates-folder", paramLabel = "DIR", description = "Folder of your own templates"
            + " (default: ~/EMIS Workbench/templates)")
    Path templatesFolder;

    @Option(names = "--year", description = "Census year (default: read from the workbook or its file name)")
    Integer year;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--keep-backups", paramLabel = "N", defaultValue = "" + ImportRequest.DEFAULT_BACKUPS_KEPT,
            description = "How many of the backups made before imports to keep beside the workspace, 1 to "
            + ImportRequest.MOST_BACKUPS_KEPT + " (default ${DEFAULT-VALUE}); a backup is made"
            + " before the first file that is stored, unless the workspace holds no import yet")
    int keepBackups;

    @Mixin
    LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TemplateCatalog templates = TemplateCatalog.forWorkspace(workspace.fileOrNull(), templatesFolder);
        templates.problems().forEach(p -> err.println(org.emisworkbench.model.Message.of("cli.import.templateUnusable",
                TerminalText.line(p)).in(language.lang)));
        if (keepBackups < 1 || keepBackups > ImportRequest.MOST_BACKUPS_KEPT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--keep-backups must be 1 to "
                    + ImportRequest.MOST_BACKUPS_KEPT);
        }
        Workbench wb = workspace.openOrCreate();
        ImportReport report;
        try {
            report = new ImportService(wb, templates).importFiles(new ImportRequest(paths, template, year)
                    .keepingBackups(keepBackups), CliProgress.to(err, language.lang), Cancellation.none());
        } catch (RuntimeException e) {
            wb.closeDiscardingIfNothingStored();
            throw e;
        }
        // A workspace this command created and did not store one file in is not left behind, empty.
        java.nio.file.Path discarded = wb.closeDiscardingIfNothingStored();
        if (format == Format.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", report.files().stream().map(f -> json(f, workspace.db)).toList());
            doc.put("totals", totals(report));
            doc.put("backup", report.backup() == null ? null : report.backup().toString());
            doc.put("workspaceNotCreated", discarded == null ? null : discarded.toString());
            doc.put("templateKept", report.templateKept() == null ? null : report.templateKept().english());
            Output.json(out, doc);
        } else {
            ImportText.print(out, report, language.lang, workspace.db);
            if (report.backup() != null) {
                out.println(TerminalText.message(org.emisworkbench.model.Message.of("import.backupKept",
                        report.backup().toString(), keepBackups), language.lang));
            }
            if (report.templateKept() != null) {
                out.println(TerminalText.message(report.templateKept(), language.lang));
            }
            if (discarded != null) {
                out.println(TerminalText.message(org.emisworkbench.model.Message.of("import.workspaceNotCreated",
                        discarded.toString()), language.lang));
            }
        }
        return report.anyFailed() ? 1 : 0;
    }

    /**
     * One file as JSON: the fields a script has always read, messages in English, plus the message's
     * code ({@code messageCode}) for scripts that must not depend on wording.
     */
    static Map<String, Object> json(FileResult f, String db) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.file());
        m.put("outcome", f.outcome());
        m.put("message", f.message());
        m.put("messageCode", f.outcomeMessage() == null ? null : f.outcomeMessage().key());
        m.put("templateId", f.templateId());
        m.put("templateNote", f.templateNote());
        m.put("year", f.year());
        m.put("schoolsAdded", f.schoolsAdded());
        m.put("schoolsReplaced", f.schoolsReplaced());
        m.put("schoolsNew", f.schoolsNew());
        m.put("valuesStored", f.valuesStored());
        m.put("populationRows", f.populationRows());
        m.put("masterListed", f.masterListed());
        Map<String, Integer> skipped = new LinkedHashMap<>();
        new java.util.TreeMap<>(f.skipped()).forEach((why, n) -> skipped.put(why.message().english(), n));
        m.put("skipped", skipped);
        Map<String, Integer> skippedColumns = new LinkedHashMap<>();
        new java.util.TreeMap<>(f.skippedColumns()).forEach((why, n) -> skippedColumns.put(why.columnMessage().english(), n));
        m.put("skippedColumns", skippedColumns);
        m.put("problems", f.problems());
        m.put("warnings", f.warnings().stream().map(org.emisworkbench.model.Message::english).toList());
        m.put("unreadColumns", f.unreadColumns());
        m.put("hiddenRows", hiddenRows(f.hiddenRows()));
        m.put("schoolNames", f.schoolNames().stream().map(org.emisworkbench.model.Message::english).toList());
        m.put("hiddenSheetsRead", f.hiddenSheetsRead().stream().map(org.emisworkbench.model.Message::english).toList());
        // Schools an earlier file this one corrects gave and this one leaves out: their earlier returns are kept.
        m.put("returnsKept", f.returnsKept().stream().map(k -> {
            Map<String, Object> school = new LinkedHashMap<>();
            school.put("code", k.schoolCode());
            school.put("name", k.schoolName());
            school.put("earlierFile", k.earlierFile());
            school.put("figures", k.figures());
            school.put("likelyTypoOf", k.typoOf());
            school.put("typoCell", k.typoCell());
            school.put("withdraw", f.year() == null ? null : k.withdrawCommand(db, f.year()));
            return school;
        }).toList());
        m.put("millis", f.millis());
        return m;
    }

    /**
     * Hidden rows and columns read, by sheet, with Excel's row numbers and column letters (and the cells of the
     * figures read in those columns): the same in the import's and the check's JSON.
     */
    static List<Map<String, Object>> hiddenRows(List<org.emisworkbench.model.HiddenRows> hidden) {
        return hidden.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", h.sheet());
            m.put("rows", h.rows().stream().map(r -> r + 1).toList());
            m.put("setAside", h.setAside().stream().map(r -> r + 1).toList());
            m.put("filtered", h.filtered());
            m.put("columns", h.columnLetters());
            m.put("columnCells", h.columnCells());
            return m;
        }).toList();
    }

    static Map<String, Object> totals(ImportReport r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("files", r.files().size());
        for (FileOutcome o : FileOutcome.values()) {
            t.put(o.name().toLowerCase(java.util.Locale.ROOT), r.count(o));
        }
        t.put("schoolsAdded", r.schoolsAdded());
        t.put("schoolsNew", r.schoolsNew());
        t.put("schoolsReplaced", r.schoolsReplaced());
        t.put("valuesStored", r.valuesStored());
        t.put("rowsSkipped", r.rowsSkipped());
        t.put("problems", r.problemsByKind());
        return t;
    }

    /**
     * The readable summary, in the officer's language. Each line starts with a status word that stays
     * the same in every language (OK, SAME, FAILED, STOPPED), so a script may still look for it.
     */
    static final class ImportText {
        private ImportText() {
        }

        static void print(PrintWriter out, ImportReport report, java.util.Locale lang, String db) {
            for (FileResult f : report.files()) {
                switch (f.outcome()) {
                    case IMPORTED -> printImported(out, f, lang, db);
                    case ALREADY_IMPORTED -> out.printf("SAME    %s%n", TerminalText.message(f.outcomeMessage(), lang));
                    case CANCELLED -> out.printf("STOPPED %s%n", TerminalText.message(f.outcomeMessage(), lang));
                    default -> out.printf("FAILED  %s%n", TerminalText.message(f.outcomeMessage(), lang));
                }
            }
            out.println(TerminalText.text(lang, report.schoolsNew() == report.schoolsAdded() ? "cli.import.totals"
                    : "cli.import.totalsKnown", report.files().size(), report.count(FileOutcome.IMPORTED),
                    report.count(FileOutcome.ALREADY_IMPORTED), report.count(FileOutcome.FAILED),
                    report.count(FileOutcome.CANCELLED), report.schoolsAdded(), report.schoolsReplaced(),
                    report.valuesStored(), report.rowsSkipped(), report.schoolsNew()));
            if (!report.problemsByKind().isEmpty()) {
                out.println(TerminalText.text(lang, "cli.import.problemsByKind", String.join(", ", report.problemsByKind().entrySet()
                        .stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
            }
        }

        private static void printImported(PrintWriter out, FileResult f, java.util.Locale lang, String db) {
            String what = f.masterListed() > 0 ? TerminalText.text(lang, "cli.import.listed", f.masterListed())
                    : f.populationRows() > 0 ? TerminalText.text(lang, "cli.import.population", f.populationRows())
                    // Returns added are schools new to the workspace unless it held them already (a file's second year).
                    : f.schoolsNew() == f.schoolsAdded()
                    ? TerminalText.text(lang, "cli.import.stored", f.schoolsAdded(), f.schoolsReplaced(), f.valuesStored())
                    : TerminalText.text(lang, "cli.import.storedKnown", f.schoolsAdded(), f.schoolsReplaced(),
                            f.valuesStored(), f.schoolsNew());
            out.println("OK      " + TerminalText.text(lang, "cli.import.ok", TerminalText.line(f.file()),
                    TerminalText.line(f.templateId()), f.year() == null ? TerminalText.text(lang, "cli.import.noYear")
                            : String.valueOf(f.year()), what, f.rowsSkipped(), f.problemCount()));
            // Each school left out of a corrected file, still counting, on a line of its own with its command.
            for (org.emisworkbench.model.Message m : f.returnsKeptLines(db)) {
                out.printf("          %s%n", TerminalText.message(m, lang));
            }
            if (f.hasWarnings()) {
                // Census columns left unread must not pass for a plain OK.
                out.printf("          %s%n", TerminalText.message(org.emisworkbench.model.Message.of(
                        "import.okWithWarnings", f.warningSummary()), lang));
            }
            if (f.templateMessage() != null && java.util.Set.of("import.note.yearConflict", "import.note.yearsInName",
                    "import.note.otherYearsInFile", "import.note.yearEthiopian", "import.note.yearGivenOverWorkbook",
                    "import.note.yearLabelUnread").contains(f.templateMessage().key())) {
                out.printf("          %s%n", TerminalText.text(lang, "cli.import.note", TerminalText.message(f.templateMessage(), lang)));
            }
            for (org.emisworkbench.model.Message m : f.schoolNotesBesideWarnings()) {
                out.printf("          %s%n", TerminalText.message(m, lang));
            }
            for (org.emisworkbench.model.Message m : f.hiddenSheetsRead()) {
                out.printf("          %s%n", TerminalText.text(lang, "cli.import.note", TerminalText.message(m, lang)));
            }
            new java.util.TreeMap<>(f.skipped()).forEach((why, n) -> out.printf("          %s%n",
                    TerminalText.text(lang, "cli.import.skipped", n, TerminalText.message(why.message(), lang))));
            // A sheet of one column per school skips columns, said as columns.
            new java.util.TreeMap<>(f.skippedColumns()).forEach((why, n) -> out.printf("          %s%n",
                    TerminalText.text(lang, "cli.import.skippedColumns", n,
                            TerminalText.message(why.columnMessage(), lang))));
            for (FileResult.ProblemSummary p : f.problems()) {
                out.printf("          %-24s %5d  %s%n", p.kind(), p.count(), TerminalText.text(lang, "cli.import.firstLast",
                        TerminalText.line(p.firstCell()), TerminalText.line(p.lastCell())));
            }
        }
    }
}
