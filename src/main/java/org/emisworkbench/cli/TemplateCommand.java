package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emisworkbench.model.Cancellation;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.SchoolNames;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.emisworkbench.template.SecondaryYears;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emis template check|draft}: trying a template on a workbook, and drafting one from it. */
@Command(name = "template", description = "Check what a template reads from a workbook (nothing stored), or draft a"
        + " template from a workbook's headers.",
        subcommands = {TemplateCommand.Check.class, TemplateCommand.Draft.class})
final class TemplateCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Format { text, json }

    @Command(name = "check", description = "Show, per sheet, every column read (header → field, example values), every"
            + " column not read (flagged when numbers stand below it), on a form every block of census figures no"
            + " label or table reads and every label with a value beside it that it does not read, required fields"
            + " missing, and the problems an import would report, without storing anything. Exit status 1 when the"
            + " import would refuse the file, leave figures unread (columns, blocks, or a whole sheet its entry matches but"
            + " does not read), find no figure in a cell where it expects one (text, a negative or fractional count, an error"
            + " cell, a formula without its result) or give a figure two values (VALUE_CLASH).")
    static final class Check implements Callable<Integer> {
        @Option(names = "--template", required = true, paramLabel = "ID|FILE", description = "Template id or JSON file")
        String template;

        @Option(names = "--templates-folder", paramLabel = "DIR", description = "Folder of your own templates"
                + " (default: ~/EMIS Workbench/templates)")
        Path templatesFolder;

        @Option(names = "--db", paramLabel = "PATH", description = "A workspace file: its templates folder is used too, and the file's school codes"
                + " are compared with its schools, and its grades read, as the import compares and reads them")
        Path db;

        @Option(names = "--year", description = "Census year (default: read from the workbook or its file name)")
        Integer year;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
        Format format;

        @Parameters(index = "0", paramLabel = "WORKBOOK")
        Path workbook;

        @Mixin
        LanguageOption language;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TemplateCatalog catalog = TemplateCatalog.forWorkspace(db, templatesFolder);
            catalog.problems().forEach(p -> spec.commandLine().getErr().println(
                    TerminalText.text(language.lang, "cli.import.templateUnusable", p)));
            Template t = catalog.resolve(template);
            SchoolNames names = null;
            Map<String, String> schools = null;
            org.emisworkbench.model.GradeSystem grades = null;
            if (db != null) {
                try (Workbench w = Workbench.openExisting(db.toString(), System.getenv(), WorkspaceOption::askPassword,
                        "workspace.noSuchFile")) {
                    // The file's codes are compared with the workspace's schools, as the import compares them.
                    schools = w.schoolCodes();
                    // Its grades too: a workspace keeping PP1 and PP2 apart reads them apart (review 30 D1).
                    grades = w.structure().grades();
                    if (t.sheets().stream().anyMatch(SheetSpec::keyedByName)) {
                        // A register naming its schools: matched against the master list, as the import would.
                        names = w.schoolNames();
                    }
                }
            }
            TemplateWorkshop.CheckReport r = new TemplateWorkshop(catalog).check(workbook, t, year,
                    Cancellation.none(), names, schools, grades);
            if (format == Format.json) {
                Output.json(out, json(r));
            } else {
                new TemplateText(out, language.lang).check(r);
            }
            return r.clean() ? 0 : 1;
        }

        static Map<String, Object> json(TemplateWorkshop.CheckReport r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file());
            m.put("templateId", r.templateId());
            m.put("templateVersion", r.templateVersion());
            m.put("year", r.year());
            m.put("yearNote", english(r.yearNote()));
            m.put("refused", english(r.refused()));
            m.put("schoolNames", english(r.namesNote()));
            m.put("hiddenRows", ImportCommand.hiddenRows(r.hiddenRows()));
            m.put("sheetsNotRead", r.sheetWarnings().stream().map(Message::english).toList());
            m.put("hiddenSheetsRead", r.hiddenSheetsRead().stream().map(Message::english).toList());
            m.put("sheets", r.sheets());
            m.put("schools", r.schools());
            m.put("values", r.values());
            m.put("valuesByTopic", r.byTopic());
            m.put("unreadNumberColumns", r.unreadNumberColumns());
            m.put("valueClashes", r.valueClashes());
            m.put("figuresNotRead", r.figuresNotRead());
            m.put("rostersNotCounted", r.rostersNotCounted().stream().map(n -> Map.of("sheet", n.sheet(), "rows",
                    n.rows(), "notCounted", n.notCounted())).toList());
            m.put("unreadBlocks", r.unreadBlocks().stream().map(p -> Map.of("cells", p.sheetCell(), "headers",
                    p.raw() == null ? "" : p.raw(), "detail", p.detail() == null ? "" : p.detail().english())).toList());
            m.put("leftOutBlocks", r.leftOutBlocks().stream().map(b -> b.isLastYear()
                    ? Map.of("cells", b.sheet() + "!" + b.cells(), "headers", b.headers(), "lastYear", b.lastYear())
                    : Map.of("cells", b.sheet() + "!" + b.cells(), "headers", b.headers())).toList());
            m.put("unreadLabels", r.unreadLabels().stream().map(l -> Map.of("cell", l.sheetCell(), "label", l.label(),
                    "value", l.value() == null ? "" : l.value())).toList());
            if (r.manyForms()) {
                // One school per sheet or per block: each school read, with its values.
                m.put("schoolsRead", r.preview());
            }
            Map<String, Integer> skipped = new LinkedHashMap<>();
            new java.util.TreeMap<>(r.skipped()).forEach((why, n) -> skipped.put(why.message().english(), n));
            m.put("skipped", skipped);
            Map<String, Integer> skippedColumns = new LinkedHashMap<>();
            new java.util.TreeMap<>(r.skippedColumns()).forEach((why, n) -> skippedColumns.put(
                    why.columnMessage().english(), n));
            m.put("skippedColumns", skippedColumns);
            m.put("problemCounts", r.byKind());
            List<Map<String, Object>> problems = new ArrayList<>();
            for (TemplateWorkshop.ProblemLine p : r.problems()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("kind", p.kind().name());
                pm.put("what", p.what().english());
                pm.put("cell", p.sheetCell());
                pm.put("school", p.school());
                pm.put("field", p.field());
                pm.put("raw", p.raw());
                pm.put("detail", p.detail() == null ? null : p.detail().english());
                problems.add(pm);
            }
            m.put("problems", problems);
            return m;
        }

        private static String english(Message m) {
            return m == null ? null : m.english();
        }
    }

    @Command(name = "draft", description = "Write the best-guess template for a workbook, for a person to finish: each"
            + " sheet's header row, each column's field guessed from its header (English, French, Portuguese,"
            + " Spanish, Bahasa Indonesia, and the words of other languages docs/templates.md lists), columns not"
            + " guessed listed. The file is checked by the template loader; an existing file is kept unless --force.")
    static final class Draft implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "WORKBOOK")
        Path workbook;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Template file to write (.json)")
        Path out;

        @Option(names = "--force", description = "Replace FILE when it exists")
        boolean force;

        @Option(names = "--primary", paramLabel = "YEARS", description = "Years of primary in your country (4 to 9):"
                + " secondary years numbered after it (Form 1, S1, JSS 1) are read as the grades that follow"
                + " (with 6, Form 1 is G7), in a wide sheet's columns and in a form's tables alike; without it such"
                + " columns and tables are left out, with a note")
        Integer primary;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        LanguageOption language;

        @Override
        public Integer call() {
            if (primary != null && (primary < 4 || primary > 9)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--primary must be 4 to 9 (years of primary), not " + primary);
            }
            TemplateWorkshop.DraftResult d = new TemplateWorkshop(TemplateCatalog.load(null)).draft(workbook,
                    TemplateWorkshop.idFor(out), primary == null ? SecondaryYears.NOT_GIVEN
                            : new SecondaryYears(primary));
            TemplateWorkshop.write(d.draft().json(), out, force);
            new TemplateText(spec.commandLine().getOut(), language.lang).draft(d, out);
            return 0;
        }
    }
}
