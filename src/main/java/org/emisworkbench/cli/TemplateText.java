package org.emisworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import org.emisworkbench.model.Message;
import org.emisworkbench.service.FileResult;
import org.emisworkbench.service.TemplateWorkshop;
import org.emisworkbench.template.ColumnMapping;
import org.emisworkbench.template.LabelMapping;
import org.emisworkbench.template.Layout;
import org.emisworkbench.template.SheetMapping;

/**
 * What {@code emis template check} and {@code emis template draft} print, in the officer's language
 * ({@code --lang}). The status tags at the start of a line (read, NOT READ, LEFT OUT, WARNING) and the problem kinds
 * stay as they are, like the import's OK: scripts and the guide look for them; the other tags (label, grid, school,
 * sum) and topic names are in the reader's language.
 */
final class TemplateText {
    private final PrintWriter out;
    private final Locale lang;

    TemplateText(PrintWriter out, Locale lang) {
        this.out = out;
        this.lang = lang;
    }

    private String t(String key, Object... args) {
        return TerminalText.text(lang, key, args);
    }

    private String t(Message m) {
        return TerminalText.message(m, lang);
    }

    /**
     * A topic as the reader's language names it ({@code topic.*} of the window's texts, in small letters:
     * {@code effectifs}); in English its code ({@code enrolment}), the word templates write.
     */
    private String topic(String code) {
        if (lang == null || lang.getLanguage().equals(org.emisworkbench.model.Languages.BASE)) {
            return code;
        }
        String name = org.emisworkbench.model.Texts.fromBundle("i18n/messages", "topic." + code).in(lang);
        return name == null ? code : name.toLowerCase(lang);
    }

    /** The grade, sex or age a long export gives in each row ({@code row.grade}), in the reader's words. */
    private String rowOf(String dimension) {
        return switch (dimension) {
            case "grade", "sex", "age", "stream" -> t("cli.template.rowOf." + dimension);
            default -> t("cli.template.ofTheRow", dimension);
        };
    }

    void check(TemplateWorkshop.CheckReport r) {
        // A population file is read for districts' figures of a year, never schools' census returns (review 26 F10).
        out.println(t(r.population() ? "cli.template.headingPopulation" : "cli.template.heading", r.templateId(),
                String.valueOf(r.templateVersion()), TerminalText.line(r.file()), r.year() != null
                        ? String.valueOf(r.year()) : t(r.population() ? "cli.template.yearNotGiven"
                        : "cli.template.yearUnknown")));
        if (r.yearNote() != null) {
            out.println(r.yearRefused() ? "  ! " + t(r.yearNote()) : r.yearWarning() ? "WARNING: " + t(r.yearNote())
                    : "  " + t("cli.import.note", t(r.yearNote())));
        }
        if (r.namesNote() != null) {
            out.println("  " + t(r.namesNote()));
        }
        for (var s : r.sheets()) {
            String names = String.join(" / ", s.names());
            if (s.sheet() == null) {
                out.printf("%n%s%n", t(s.optional() ? "cli.template.sheetAbsentOptional" : "cli.template.sheetAbsent",
                        names));
                continue;
            }
            out.printf("%n%s%n", t("cli.template.sheet", TerminalText.line(s.sheet()), TerminalText.line(names), s.headerFirstRow() == null ? ""
                    : header(s.headerFirstRow() - 1, s.headerLastRow() - 1, s.across())));
            if (s.read().stream().anyMatch(c -> !c.key() && c.field() != null && c.field().startsWith("row.")
                    && !c.field().equals("row.stream"))) {
                // Which way the sheet is read: several rows per school, never a list of people.
                out.println("  " + t("cli.template.readByRow"));
            } else if (s.read().stream().anyMatch(c -> !c.key() && "row.stream".equals(c.field()))) {
                // A row per school and shift (session, section), the grades across: the rows of a school are added.
                out.println("  " + t("cli.template.readByStream"));
            }
            for (var c : s.read()) {
                String dims = dims(c.sex(), c.grade(), c.age());
                String what = c.key() ? t(r.population() ? "cli.template.keyArea" : r.namesNote() != null
                        ? "cli.template.keyName" : "cli.template.keyCode")
                        : c.part() != null ? t(switch (c.part()) {
                            case ADDED -> "cli.template.addedInto";
                            case BOTH_SEXES -> "cli.template.bothSexesLess";
                            case TAKEN_AWAY -> "cli.template.takenFromTotal";
                        }, c.field() + dims)
                        : c.field().equals("row.sex") && c.sex() != null ? t("cli.template.sexOfRowBoth", c.sex())
                        : c.field().equals("row.value") ? t("cli.template.valueOfRowTopic")
                        : c.field().startsWith("row.") ? rowOf(c.field().replace("row.", ""))
                        : c.total() ? t("cli.template.totalOf", c.field() + dims) : c.field() + dims;
                out.printf("  read      %-3s %-28s → %-34s %s%n", c.letters(), quote(c.header()), what,
                        TerminalText.line(String.join(", ", c.examples())));
            }
            for (var c : s.notRead()) {
                String examples = TerminalText.line(String.join(", ", c.examples()));
                if (c.gradeNotKept() != null) {
                    // Its header matches, but the workspace keeps no such grade: nothing under it is stored.
                    out.printf("  %-9s %-3s %-28s %s%n", "NOT READ", c.letters(), quote(c.header()),
                            t("cli.template.gradeNotKept", c.gradeNotKept(), examples));
                    continue;
                }
                if (c.header().isBlank()) {
                    // A column without a header: its figures, or an index column counting the rows.
                    out.printf("  %-9s %-3s %-28s %s%n", "NOT READ", c.letters(), t("cli.template.noHeader"),
                            c.numbersBelow() ? t("cli.template.numbersBelow", examples)
                                    : t("cli.template.indexColumn", examples));
                    continue;
                }
                // A heading with nothing at all under it ("REPEATERS" over its rows): nothing to read, no warning.
                String figures = !c.numbersBelow() && examples.isEmpty() && !c.onPurpose()
                        ? t("cli.template.headingOnly") : !c.numbersBelow() ? examples : c.onPurpose() || c.unreadNumbers()
                        ? t("cli.template.numbersBelow", examples) : t("cli.template.numbersNoCensus", examples);
                String why = !c.onPurpose() ? figures : examples.isEmpty() ? t("cli.template.leftOutOnPurpose")
                        : t("cli.template.leftOutOnPurpose") + ", " + figures;
                out.printf("  %-9s %-3s %-28s %s%n", c.onPurpose() ? "LEFT OUT" : "NOT READ", c.letters(),
                        quote(c.header()), why);
            }
            if (!s.missing().isEmpty()) {
                out.println("  " + t("cli.template.requiredMissing", String.join(", ", s.missing())));
            }
            s.labelsFound().forEach(l -> out.printf("  %-9s %s%n", t("cli.template.tag.label"), TerminalText.line(l)));
            s.labelsMissing().forEach(l -> out.println("  " + t("cli.template.labelNotFound", TerminalText.line(l))));
            s.gridsFound().forEach(g -> out.printf("  %-9s %s%n", t("cli.template.tag.grid"), TerminalText.line(g)));
            // A table's totals of both sexes, grade by grade: read as checks, never stored.
            r.checkedBlocks().stream().filter(b -> b.sheet().equals(s.sheet())).forEach(b -> out.printf(
                    "  read      %-11s %-28s → %s%n", b.cells(), quote(b.header()), t("cli.template.totalOf",
                            b.totalOf())));
            s.gridsMissing().forEach(g -> out.println("  " + t("cli.template.gridNotFound", TerminalText.line(g))));
            // A form's figures that no label or table reads: each block with its cells and headers.
            r.unreadBlocks().stream().filter(p -> p.sheet().equals(s.sheet())).forEach(p -> out.printf(
                    "  NOT READ  %-11s %s — %s%n", p.cells(), quote(p.raw()), t(p.detail())));
            // A label with its value beside it that the template does not read ("State | Koror").
            r.unreadLabels().stream().filter(l -> l.sheet().equals(s.sheet())).forEach(l -> out.printf(
                    "  NOT READ  %-11s %s — %s%n", l.cell(), quote(l.label()), t("cli.template.labelNotRead",
                            TerminalText.line(l.value()))));
            r.leftOutBlocks().stream().filter(b -> b.sheet().equals(s.sheet())).forEach(b -> out.printf(
                    "  LEFT OUT  %-11s %s — %s%n", b.cells(), quote(b.headers()), b.isLastYear()
                            ? t("cli.template.otherYear", b.lastYear()) : t("cli.template.leftOutOnPurpose")));
        }
        out.println();
        if (r.refused() != null) {
            out.println(t("cli.template.wouldRefuse", t(r.refused())));
        } else {
            out.println(t(r.population() ? "cli.template.wouldStorePopulation" : "cli.template.wouldStore",
                    r.schools(), r.values()));
            if (!r.byTopic().isEmpty()) {
                // Topics side by side under banners: a band read as the wrong topic shows here.
                out.println("  " + t("cli.template.byTopic", String.join(", ", r.byTopic().entrySet().stream()
                        .map(e -> topic(e.getKey()) + " " + e.getValue()).toList())));
            }
            if (r.manyForms()) {
                r.preview().forEach(p -> out.printf("  %-7s %-14s %-32s %s%n", t("cli.template.tag.school"),
                        TerminalText.line(p.code()),
                        p.name() == null ? "" : TerminalText.line(p.name()), t("cli.template.values", p.values())));
            }
        }
        new TreeMap<>(r.skipped()).forEach((why, n) -> out.println("  " + t("cli.import.skipped", n,
                t(why.message()))));
        new TreeMap<>(r.skippedColumns()).forEach((why, n) -> out.println("  " + t("cli.import.skippedColumns", n,
                t(why.columnMessage()))));
        if (r.unreadNumberColumns() > 0) {
            out.println("WARNING: " + t("cli.template.unreadFigures", r.unreadNumberColumns()));
        }
        if (r.valueClashes() > 0) {
            out.println("WARNING: " + t("cli.template.valueClashes", r.valueClashes()));
        }
        if (r.figuresNotRead() > 0) {
            out.println("WARNING: " + t("cli.template.figuresNotRead", r.figuresNotRead()));
        }
        if (r.unknownCodeFigures() > 0) {
            out.println("WARNING: " + t("cli.template.unknownCodes", r.unknownCodeFigures()));
        }
        if (r.gradesNotKept() > 0) {
            out.println("WARNING: " + t("cli.template.gradesNotKept", r.gradesNotKept()));
        }
        r.rostersNotCounted().forEach(n -> out.println("WARNING: " + t("cli.template.rosterRowsNotCounted",
                n.sheet(), n.notCounted(), n.rows())));
        // Read like any row, but the import will name them: the officer sees them here first.
        r.hiddenRows().forEach(h -> h.warnings().forEach(m -> out.println("WARNING: " + t(m))));
        r.sheetWarnings().forEach(m -> out.println("WARNING: " + t(m)));
        r.hiddenSheetsRead().forEach(m -> out.println(t("cli.import.note", t(m))));
        // A file the import would refuse whole is never closed with "Problems: none", as if all were well: no cell
        // is listed because the whole file is at fault, and any cell problem is said to come besides the refusal.
        // A population file without its year is not refused: its rows are reported one by one, as listed.
        boolean refused = r.refused() != null || r.yearRefused() && !r.population();
        if (r.byKind().isEmpty()) {
            out.println(t(refused ? "cli.template.noCellProblemsRefused" : "cli.template.noProblems"));
            return;
        }
        out.println(t(refused ? "cli.template.problemsRefused" : "cli.template.problems"));
        for (FileResult.ProblemSummary p : r.byKind()) {
            out.printf("  %-24s %5d  %s%n", p.kind(), p.count(), t("cli.import.firstLast", p.firstCell(),
                    p.lastCell()));
        }
        for (TemplateWorkshop.ProblemLine p : r.problems()) {
            out.printf("  %s %s: %s%s%s%n", p.sheetCell(), p.kind().name(), t(p.what()),
                    // A blank cell has no text to quote: "" beside it reads as a value that was empty text.
                    p.raw() == null || p.raw().isEmpty() ? "" : " \"" + p.raw() + "\"",
                    p.detail() == null ? "" : " — " + t(p.detail()));
        }
    }

    void draft(TemplateWorkshop.DraftResult d, java.nio.file.Path file) {
        out.println(t("cli.template.wrote", TerminalText.line(file), d.draft().template().id(),
                String.valueOf(d.draft().template().version())));
        for (SheetMapping s : d.sheets()) {
            out.printf("%n%s%n", t("cli.template.draftSheet", TerminalText.line(s.sheet()), header(s.firstRow(), s.lastRow(), s.across())));
            for (ColumnMapping c : s.columns()) {
                if (c.reads()) {
                    String dims = dims(c.sex(), c.grade(), c.age());
                    out.printf("  %-3s %-28s → %s (%d%%)%n", place(c, s), quote(c.header()), c.key()
                            ? t(c.field() != null ? "cli.template.keyNameMatched" : "cli.template.keyCode")
                            : c.total() ? t("cli.template.totalOf", c.field() + dims) : c.field() + dims,
                            Math.round(c.confidence() * 100));
                }
            }
            for (ColumnMapping c : s.columns()) {
                if (!c.reads()) {
                    String header = c.header() == null ? "" : c.header().replaceAll("\\s+", " ").strip();
                    String sum = s.sums().stream().filter(x -> x.headers().contains(header))
                            .map(x -> t(!x.difference() ? "cli.template.addedInto" : header.equals(x.headers().get(0))
                                    ? "cli.template.bothSexesLess" : "cli.template.takenFromTotal",
                                    x.field() + dims(x.sex(), x.grade(), null)))
                            .findFirst().orElse(null);
                    var year = d.draft().template().year();
                    boolean yearColumn = year != null && year.columns().stream().anyMatch(y -> y.strip().equals(header));
                    out.printf("  %-3s %-28s %s%n", place(c, s), quote(c.header()), sum != null ? sum
                            : yearColumn ? t("cli.template.censusYearColumn")
                            : s.otherYear(c) && !c.leftOut() ? t("cli.template.draftOtherYear", "{year}")
                            : t(c.leftOut() && namedInNote(d.notes(), s.sheet(), place(c, s))
                                    ? "cli.template.leftOutSeeNote"
                                    : c.leftOut() ? "cli.template.noCensusFigure" : "cli.template.notGuessed"));
                }
            }
            for (var x : s.sums()) {
                out.printf("  %s %s%s = %s%n", t(x.difference() ? "cli.template.difference" : "cli.template.tag.sum"),
                        x.field(),
                        dims(x.sex(), x.grade(), null), String.join(x.difference() ? " − " : " + ",
                                x.headers().stream().map(TemplateText::quote).toList()));
            }
        }
        if (!d.labels().isEmpty()) {
            out.printf("%n%s%n", t(d.draft().template().layout() == Layout.ROSTER ? "cli.template.rosterLabels"
                    : "cli.template.formLabels"));
            for (var l : d.labels()) {
                // A code from the sheet's or the file's name is no cell: said as the name it is (review 29 F4).
                out.printf("  %-14s %-28s → %s%s (%d%%)   %s%n", l.fromSheetName() || l.fromFileName() ? l.sheet()
                                : l.cell(),
                        l.fromSheetName() ? t("cli.template.sheetNameLabel") : l.fromFileName()
                                ? t("cli.template.fileNameLabel") : quote(l.label())
                                + (l.column() == null ? "" : " × " + quote(l.column())),
                        l.field().equals("school.code") ? t("cli.template.keyCode") : l.field()
                                + (l.sex() == null ? "" : " " + l.sex()),
                        l.inside() ? t("cli.template.insideLabel") : "", Math.round(l.confidence() * 100),
                        t("cli.template.value", l.value()));
            }
            // A row of a small table left unguessed is said once, naming its columns and their values in order
            // (Sanctioned × "Male", "Female" … values 4, 3): once per column, each row came twice (review 29 §7).
            Map<String, List<LabelMapping>> rowsNotGuessed = new java.util.LinkedHashMap<>();
            for (var l : d.notGuessed()) {
                rowsNotGuessed.computeIfAbsent(l.sheet() + "\u0000" + l.cell() + "\u0000" + l.label(),
                        k -> new ArrayList<>()).add(l);
            }
            for (List<LabelMapping> row : rowsNotGuessed.values()) {
                LabelMapping l = row.get(0);
                // The total for both sexes of a difference (Number of teachers beside Female teachers): what it gives.
                String gives = d.forms().stream().filter(f -> f.sheet().equals(l.sheet()))
                        .flatMap(f -> f.sums().stream()).filter(x -> x.difference() && x.headers().get(0)
                                .equals(l.label())).map(x -> t("cli.template.bothSexesLess", x.field()
                                + dims(x.sex(), null, null))).findFirst().orElse(null);
                // A row of a small table that sums add up (Mathematics under Qualified | Total over Male | Female):
                // read into them, not left out.
                List<String> into = d.forms().stream().filter(f -> f.sheet().equals(l.sheet()))
                        .flatMap(f -> f.sums().stream()).filter(x -> !x.difference() && x.column() != null
                                && x.headers().contains(l.label())).map(x -> x.field() + dims(x.sex(), null, null))
                        .distinct().toList();
                gives = gives != null || into.isEmpty() ? gives : t("cli.template.addedInto", String.join(", ", into));
                List<String> columns = row.stream().map(LabelMapping::column).filter(java.util.Objects::nonNull)
                        .distinct().map(TemplateText::quote).toList();
                List<String> values = row.stream().map(x -> String.valueOf(x.value())).toList();
                out.printf("  %-14s %-28s %s   %s%n", l.cell(), quote(l.label())
                        + (columns.isEmpty() ? "" : " × " + String.join(", ", columns)), gives != null ? gives
                        : t("cli.template.notGuessed"), values.size() == 1 ? t("cli.template.value", values.get(0))
                        : t("cli.template.rowValues", String.join(", ", values)));
            }
            for (var f : d.forms()) {
                for (var x : f.sums()) {
                    out.printf("  %s %s%s = %s%s%n", t(x.difference() ? "cli.template.difference"
                            : "cli.template.tag.sum"), x.field(),
                            dims(x.sex(), null, null), String.join(x.difference() ? " − " : " + ",
                                    x.headers().stream().map(TemplateText::quote).toList()),
                            x.column() != null && !x.bands().isEmpty() ? t("cli.template.eachInBandColumn",
                                    quote(x.column()), String.join(" + ", x.bands().stream().map(TemplateText::quote)
                                            .toList()))
                                    : x.column() != null ? t("cli.template.eachInColumn", quote(x.column()))
                                    : x.label() != null ? t("cli.template.onTheRow", quote(x.label()))
                                    : !x.rows().isEmpty() ? t("cli.template.onEachRow", String.join(" + ",
                                            x.rows().stream().map(TemplateText::quote).toList())) : "");
                }
            }
            for (var g : d.grids()) {
                out.printf("  %-14s %-28s → %s (%d%%)%n", g.cell(), quote(g.title()),
                        t(g.rows().equals("age") ? "cli.template.tableByAge" : g.rows().equals("grade")
                                ? "cli.template.tableByGradeRows" : "cli.template.tableByGrade", topic(g.field()))
                        + (g.sex() != null && g.rows().equals("grade") ? t("cli.template.oneSexByGrade", g.sex(),
                                g.band().isEmpty() ? t("cli.template.oneSexAges") : String.join(" + ", g.band())) : "")
                        + (g.stream() != null ? t("cli.template.streamsAdded", quote(g.stream())) : "")
                        + (!g.band().isEmpty() && g.rows().equals("none") && g.sexLayout().equals("columns")
                                ? g.grade() == null ? t("cli.template.underGradeBands", bands(g.band()))
                                        : t("cli.template.underOneGradeBands", bands(g.band()), g.grade())
                                : ""),
                        Math.round(g.confidence() * 100));
            }
        }
        if (!d.notes().isEmpty()) {
            out.println();
            d.notes().forEach(n -> out.println(t("cli.import.note", t(n))));
        }
    }

    /** A grid's bands, as {@code "Nouveaux" + "Redoublants"}. */
    private static String bands(java.util.List<String> bands) {
        return String.join(" + ", bands.stream().map(TemplateText::quote).toList());
    }

    /** A field's grade, sex and age, as " G1 F age 7" (the age in the officer's words). */
    private String dims(String sex, String grade, String age) {
        List<String> d = new ArrayList<>();
        if (grade != null) {
            d.add(grade);
        }
        if (sex != null) {
            d.add(sex);
        }
        if (age != null) {
            d.add(t("cli.trace.age", age));
        }
        return d.isEmpty() ? "" : " " + String.join(" ", d);
    }

    static String quote(String header) {
        return "\"" + (header == null ? "" : TerminalText.line(header.strip().replaceAll("\\s+", " "))) + "\"";
    }

    /**
     * Where a sheet's header is, 0-based rows: {@code , header on row 2}; on a sheet of one column per school read
     * on its side, the header is in columns ({@code , header in columns A-B}, the schools across).
     */
    private String header(int first, int last, boolean across) {
        String a = org.emisworkbench.model.CellRef.columnLetters(first);
        String b = org.emisworkbench.model.CellRef.columnLetters(last);
        if (across) {
            return first == last ? t("cli.template.headerColumn", a) : t("cli.template.headerColumns", a, b);
        }
        return first == last ? t("cli.template.headerRow", first + 1)
                : t("cli.template.headerRows", first + 1, last + 1);
    }

    /** A drafted column's place: its letters, or the sheet's row number on a sheet read on its side. */
    /**
     * True when a note of the draft names the column ({@code Sheet Enrolment, columns X “Non-Graded (SNEd) Male”}):
     * a column left out for a reason the note gives (pupils without a grade, a sub-group counted again) is not said
     * to hold "no census figure".
     */
    private static boolean namedInNote(List<Message> notes, String sheet, String place) {
        return notes.stream().anyMatch(n -> !n.args().isEmpty() && sheet.equals(String.valueOf(n.args().get(0)))
                && n.args().stream().anyMatch(a -> a != null && (" " + a).contains(" " + place + " “")));
    }

    private static String place(ColumnMapping c, SheetMapping s) {
        return s.across() ? String.valueOf(c.col() + 1) : c.letters();
    }
}
