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
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.TemplateCatalog;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.service.Workbench;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import picocli.CommandLine.Command;
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
            + " label or table reads, required fields missing, and the problems an import would report, without"
            + " storing anything. Exit status 1 when the import would refuse the file, leave figures unread or give a"
            + " figure two values (VALUE_CLASH).")
    static final class Check implements Callable<Integer> {
        @Option(names = "--template", required = true, paramLabel = "ID|FILE", description = "Template id or JSON file")
        String template;

        @Option(names = "--templates-folder", paramLabel = "DIR", description = "Folder of your own templates"
                + " (default: ~/EMIS Workbench/templates)")
        Path templatesFolder;

        @Option(names = "--db", paramLabel = "PATH", description = "A workspace file: its templates folder is used too")
        Path db;

        @Option(names = "--year", description = "Census year (default: read from the workbook or its file name)")
        Integer year;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
        Format format;

        @Parameters(index = "0", paramLabel = "WORKBOOK")
        Path workbook;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TemplateCatalog catalog = TemplateCatalog.forWorkspace(db, templatesFolder);
            catalog.problems().forEach(p -> spec.commandLine().getErr().println("warning: template not usable: " + p));
            Template t = catalog.resolve(template);
            SchoolNames names = null;
            if (db != null && t.sheets().stream().anyMatch(SheetSpec::keyedByName)) {
                // A register naming its schools: matched against the workspace's master list, as the import would.
                try (Workbench w = Workbench.openExisting(db.toString(), System.getenv(), WorkspaceOption::askPassword,
                        "workspace.noSuchFile")) {
                    names = w.schoolNames();
                }
            }
            TemplateWorkshop.CheckReport r = new TemplateWorkshop(catalog).check(workbook, t, year,
                    Cancellation.none(), names);
            if (format == Format.json) {
                Output.json(out, json(r));
            } else {
                text(out, r);
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
            m.put("sheetsNotRead", r.sheetsNotRead().stream().map(Message::english).toList());
            m.put("sheets", r.sheets());
            m.put("schools", r.schools());
            m.put("values", r.values());
            m.put("valuesByTopic", r.byTopic());
            m.put("unreadNumberColumns", r.unreadNumberColumns());
            m.put("valueClashes", r.valueClashes());
            m.put("unreadBlocks", r.unreadBlocks().stream().map(p -> Map.of("cells", p.sheetCell(), "headers",
                    p.raw() == null ? "" : p.raw(), "detail", p.detail() == null ? "" : p.detail())).toList());
            m.put("leftOutBlocks", r.leftOutBlocks().stream().map(b -> b.isLastYear()
                    ? Map.of("cells", b.sheet() + "!" + b.cells(), "headers", b.headers(), "lastYear", b.lastYear())
                    : Map.of("cells", b.sheet() + "!" + b.cells(), "headers", b.headers())).toList());
            if (r.manyForms()) {
                // One school per sheet or per block: each school read, with its values.
                m.put("schoolsRead", r.preview());
            }
            Map<String, Integer> skipped = new LinkedHashMap<>();
            new java.util.TreeMap<>(r.skipped()).forEach((why, n) -> skipped.put(why.message().english(), n));
            m.put("skipped", skipped);
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
                pm.put("detail", p.detail());
                problems.add(pm);
            }
            m.put("problems", problems);
            return m;
        }

        private static String english(Message m) {
            return m == null ? null : m.english();
        }

        static void text(PrintWriter out, TemplateWorkshop.CheckReport r) {
            out.printf("Template %s v%d on %s, census year %s (nothing stored)%n", r.templateId(), r.templateVersion(),
                    r.file(), r.year() == null ? "unknown" : r.year());
            if (r.yearNote() != null) {
                out.println("  ! " + r.yearNote().english());
            }
            if (r.namesNote() != null) {
                out.println("  " + r.namesNote().english());
            }
            for (var s : r.sheets()) {
                String names = String.join(" / ", s.names());
                if (s.sheet() == null) {
                    out.printf("%nSheet %s: not in the workbook%s%n", names, s.optional() ? " (optional)"
                            : " — the import would refuse the file");
                    continue;
                }
                out.printf("%nSheet \"%s\" (template: %s)%s%n", s.sheet(), names, s.headerFirstRow() == null ? ""
                        : s.headerFirstRow().equals(s.headerLastRow()) ? ", header on row " + s.headerFirstRow()
                        : ", header on rows " + s.headerFirstRow() + "-" + s.headerLastRow());
                for (var c : s.read()) {
                    String what = c.key() ? (r.namesNote() != null ? "school name (key)" : "school code (key)")
                            : c.partOfSum() ? "added into " + c.field()
                            + dims(c.sex(), c.grade(), c.age()) : c.field().startsWith("row.")
                            ? c.field().substring(4) + " of the row" : (c.total() ? "total of " : "") + c.field()
                            + dims(c.sex(), c.grade(), c.age());
                    out.printf("  read      %-3s %-28s → %-34s %s%n", c.letters(), quote(c.header()), what,
                            String.join(", ", c.examples()));
                }
                for (var c : s.notRead()) {
                    out.printf("  %-9s %-3s %-28s %s%s%n", c.onPurpose() ? "LEFT OUT" : "NOT READ", c.letters(),
                            quote(c.header()), (c.onPurpose() ? "left out on purpose (ignore)" + (c.examples().isEmpty()
                            ? "" : ", ") : "") + (!c.numbersBelow() ? "" : c.onPurpose() || c.unreadNumbers()
                            ? "numbers below, e.g. " : "numbers below, no census figures (a phone, a year, a code), e.g. "),
                            String.join(", ", c.examples()));
                }
                if (!s.missing().isEmpty()) {
                    out.println("  required but missing: " + String.join(", ", s.missing()));
                }
                s.labelsFound().forEach(l -> out.println("  label     " + l));
                s.labelsMissing().forEach(l -> out.println("  label not found: " + l));
                s.gridsFound().forEach(g -> out.println("  grid      " + g));
                s.gridsMissing().forEach(g -> out.println("  grid not found: " + g));
                // A form's figures that no label or table reads: each block with its cells and headers.
                r.unreadBlocks().stream().filter(p -> p.sheet().equals(s.sheet())).forEach(p -> out.printf(
                        "  NOT READ  %-11s %s — %s%n", p.cells(), quote(p.raw()), p.detail()));
                r.leftOutBlocks().stream().filter(b -> b.sheet().equals(s.sheet())).forEach(b -> out.printf(
                        "  LEFT OUT  %-11s %s — %s%n", b.cells(), quote(b.headers()), b.isLastYear()
                                ? "another school year's figures (" + b.lastYear() + "), not read: the template reads this"
                                + " census year's columns" : "left out on purpose (ignore)"));
            }
            out.println();
            if (r.refused() != null) {
                out.println("The import would REFUSE the file: " + r.refused().english());
            } else {
                out.printf("The import would store %d school(s), %d value(s)%n", r.schools(), r.values());
                if (!r.byTopic().isEmpty()) {
                    // Topics side by side under banners: a band read as the wrong topic shows here.
                    out.println("  by topic: " + String.join(", ", r.byTopic().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList()));
                }
                if (r.manyForms()) {
                    r.preview().forEach(p -> out.printf("  school  %-14s %-32s %d value(s)%n", p.code(),
                            p.name() == null ? "" : p.name(), p.values()));
                }
            }
            new java.util.TreeMap<>(r.skipped()).forEach((why, n) -> out.printf("  skipped %d row(s): %s%n", n,
                    why.message().english()));
            if (r.unreadNumberColumns() > 0) {
                out.printf("WARNING: %d column(s) or block(s) of figures would not be read (NOT READ above)%n",
                        r.unreadNumberColumns());
            }
            if (r.valueClashes() > 0) {
                out.printf("WARNING: %d figure(s) given two values: the first kept, the other not imported"
                        + " (VALUE_CLASH below)%n", r.valueClashes());
            }
            // Read like any row, but the import will name them: the officer sees them here first.
            r.hiddenRows().forEach(h -> out.println("WARNING: " + Message.of("import.hiddenRows", h.sheet(),
                    h.rows().size(), h.excelRows()).english()));
            r.sheetsNotRead().forEach(m -> out.println("WARNING: " + m.english()));
            if (r.byKind().isEmpty()) {
                out.println("Problems: none");
            } else {
                out.println("Problems the import would report:");
                for (FileResult.ProblemSummary p : r.byKind()) {
                    out.printf("  %-24s %5d  first %s, last %s%n", p.kind(), p.count(), p.firstCell(), p.lastCell());
                }
                for (TemplateWorkshop.ProblemLine p : r.problems()) {
                    out.printf("  %s %s: %s%s%s%n", p.sheetCell(), p.kind().name(), p.what().english(),
                            p.raw() == null ? "" : " \"" + p.raw() + "\"", p.detail() == null ? "" : " — " + p.detail());
                }
            }
        }

        private static String dims(String sex, String grade, String age) {
            List<String> d = new ArrayList<>();
            if (grade != null) {
                d.add(grade);
            }
            if (sex != null) {
                d.add(sex);
            }
            if (age != null) {
                d.add("age " + age);
            }
            return d.isEmpty() ? "" : " " + String.join(" ", d);
        }
    }

    @Command(name = "draft", description = "Write the best-guess template for a workbook, for a person to finish: each"
            + " sheet's header row, each column's field guessed from its header (English, French or Portuguese), columns not"
            + " guessed listed. The file is checked by the template loader; an existing file is kept unless --force.")
    static final class Draft implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "WORKBOOK")
        Path workbook;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Template file to write (.json)")
        Path out;

        @Option(names = "--force", description = "Replace FILE when it exists")
        boolean force;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            TemplateWorkshop.DraftResult d = new TemplateWorkshop(TemplateCatalog.load(null)).draft(workbook,
                    TemplateWorkshop.idFor(out));
            TemplateWorkshop.write(d.draft().json(), out, force);
            o.printf("Wrote %s (template %s, version %d)%n", out, d.draft().template().id(),
                    d.draft().template().version());
            for (SheetMapping s : d.sheets()) {
                o.printf("%nSheet \"%s\", header on row %s%n", s.sheet(), s.firstRow() == s.lastRow()
                        ? String.valueOf(s.firstRow() + 1) : (s.firstRow() + 1) + "-" + (s.lastRow() + 1));
                for (ColumnMapping c : s.columns()) {
                    if (c.reads()) {
                        o.printf("  %-3s %-28s → %s (%d%%)%n", c.letters(), quote(c.header()), c.key()
                                ? c.field() != null ? "school name (key, matched against the master list)" : "school code (key)"
                                : (c.total() ? "total of " : "") + c.field() + Check.dims(c.sex(), c.grade(), c.age()),
                                Math.round(c.confidence() * 100));
                    }
                }
                for (ColumnMapping c : s.columns()) {
                    if (!c.reads()) {
                        String sum = s.sums().stream().filter(x -> x.headers().contains(c.header() == null ? ""
                                : c.header().replaceAll("\\s+", " ").strip())).map(x -> "added into " + x.field() + Check.dims(x.sex(), null, null))
                                .findFirst().orElse(null);
                        o.printf("  %-3s %-28s %s%n", c.letters(), quote(c.header()), sum != null ? sum : c.leftOut()
                                ? "no census figure: left out on purpose (ignore)" : "not guessed: left out");
                    }
                }
                for (var x : s.sums()) {
                    o.printf("  sum %s%s = %s%n", x.field(), Check.dims(x.sex(), null, null),
                            String.join(" + ", x.headers().stream().map(TemplateCommand::quote).toList()));
                }
            }
            if (!d.labels().isEmpty()) {
                o.printf(d.draft().template().layout() == Layout.ROSTER
                        ? "%nLabelled cells beside the lists (layout roster)%n" : "%nA form: labelled cells (layout grid)%n");
                for (var l : d.labels()) {
                    o.printf("  %-14s %-28s → %s%s (%d%%)   value %s%n", l.cell(), quote(l.label())
                                    + (l.column() == null ? "" : " × " + quote(l.column())),
                            l.field().equals("school.code") ? "school code (key)" : l.field()
                                    + (l.sex() == null ? "" : " " + l.sex()),
                            l.inside() ? ", inside the label's cell" : "", Math.round(l.confidence() * 100), l.value());
                }
                for (var f : d.forms()) {
                    for (var x : f.sums()) {
                        o.printf("  sum %s%s = %s%s%n", x.field(), Check.dims(x.sex(), null, null),
                                String.join(" + ", x.headers().stream().map(TemplateCommand::quote).toList()),
                                x.column() == null ? "" : ", each in column " + quote(x.column()));
                    }
                }
                for (var g : d.grids()) {
                    o.printf("  %-14s %-28s → table of %s by %s (%d%%)%n", g.cell(), quote(g.title()), g.field(),
                            g.rows().equals("age") ? "age, grade and sex" : g.rows().equals("grade")
                                    ? "grade (a row each) and sex" : "grade and sex",
                            Math.round(g.confidence() * 100));
                }
            }
            if (!d.notes().isEmpty()) {
                o.println();
                d.notes().forEach(n -> o.println("note: " + n.english()));
            }
            return 0;
        }
    }

    private static String quote(String header) {
        return "\"" + (header == null ? "" : header.strip().replaceAll("\\s+", " ")) + "\"";
    }
}
