package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.FormCells;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.template.SheetNameLabels;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.SchoolsPer;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * Grid workbooks holding several schools' forms ({@code "schools": "sheet"} or {@code "block"}): every
 * sheet a sheet entry matches is one school's form, or is cut into blocks, each starting at a row holding
 * the school-code label. Each form is read as a one-school workbook is (labels, tables, year), within its
 * sheet or its block only, and its figures keep their own sheet and cell.
 *
 * <p>As in a wide sheet, where a bad row is reported and skipped while the other rows import, a form
 * without a school code (a cover or summary sheet without the label, a code left blank, a code that looks
 * like a label) or with a school already read is reported, at its cell, and skipped; a form missing a
 * required label or table is reported and imported with what it has. The file is refused when a form
 * states another census year (the workbook is not this year's return) or when no form gives a school.
 * One sheet is held in memory at a time ({@link FormSheet#MAX_CELLS}).
 */
final class FormSchools {
    private final WorkbookReader workbook;
    private final Template template;
    private final ImportContext context;
    private final CensusSink sink;
    private final CodeLists lists;
    /** Schools read, with where their code was read ("Sch 101!B3"): a second form of one is a duplicate. */
    private final Map<String, String> seen = new LinkedHashMap<>();
    /** The texts of the first sheet read, to say what was found when no school was. */
    private List<String> firstTexts;

    FormSchools(WorkbookReader workbook, Template template, ImportContext context, CensusSink sink) {
        this.workbook = workbook;
        this.template = template;
        this.context = context;
        this.sink = sink;
        this.lists = template.lists();
    }

    void read() throws ImportRejectedException, WorkbookException {
        List<SheetInfo> taken = new ArrayList<>();
        List<SheetSpec> specs = template.sheets();
        List<List<SheetInfo>> sheetsOf = new ArrayList<>();
        for (SheetSpec spec : specs) {
            List<SheetInfo> mine = new ArrayList<>();
            for (SheetInfo s = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    org.emisworkbench.template.SchoolYears.of(template), context.censusYear()); s != null;
                 s = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    org.emisworkbench.template.SchoolYears.of(template), context.censusYear())) {
                taken.add(s);
                mine.add(s);
            }
            if (mine.isEmpty() && !spec.optional()) {
                throw new ImportRejectedException("rejected.noSheet", context.fileName(), String.join(" / ",
                        spec.names()), String.join(", ", workbook.sheets().stream().map(SheetInfo::name).toList()));
            }
            sheetsOf.add(mine);
        }
        int done = 0;
        for (int i = 0; i < specs.size(); i++) {
            for (SheetInfo sheet : sheetsOf.get(i)) {
                context.cancellation().check();
                sheet(sheet, specs.get(i));
                context.progress().update(++done, taken.size(), context.fileName());
            }
        }
        if (seen.isEmpty()) {
            throw new ImportRejectedException("rejected.noCodeLabel", context.fileName(), codeLabels(template),
                    String.join(" | ", firstTexts == null ? List.of() : firstTexts));
        }
    }

    /** Reads one sheet: a school's form, or a sheet of blocks. */
    private void sheet(SheetInfo info, SheetSpec spec) throws ImportRejectedException, WorkbookException {
        FormSheet whole = new FormSheet(workbook.grid(info, FormSheet.MAX_CELLS));
        if (firstTexts == null) {
            firstTexts = whole.someTexts(12);
        }
        List<String> codeLabels = codeLabels(spec);
        List<Integer> starts = starts(whole.rows, spec);
        if (starts.isEmpty()) {
            // A cover, a summary or a district total: no school's form, said so rather than dropped unseen.
            new SheetProblems(sink, whole.name(), template.figureText()).report(ProblemKind.BLANK_KEY, 0, 0, null,
                    "school.code", String.join(" | ", whole.someTexts(6)), Message.of("import.detail.noCodeLabel",
                            codeLabels.get(0)));
            sink.skipped(whole.name(), 0, whole.lastRow() + 1, SkipReason.NO_SCHOOL_CODE);
            return;
        }
        GridInterpreter.checkYear(whole, template, context);
        if (template.schoolsPer() == SchoolsPer.SHEET) {
            school(whole, spec, Banner.NONE);
            return;
        }
        // The rows above the first block (Província | Distrito written once over the schools) are no school's:
        // what they label for every school is read once and given to each block (review 31 A1).
        int top = firstBlock(whole.rows, spec);
        Banner banner = top > 0 ? banner(whole.rows(0, top - 1), spec) : Banner.NONE;
        int from = 0;
        for (int b = 0; b < starts.size(); b++) {
            context.cancellation().check();
            int first = FormCells.blockStart(whole.rows, starts.get(b), b == 0 ? -1 : starts.get(b - 1));
            int last = b + 1 < starts.size() ? FormCells.blockStart(whole.rows, starts.get(b + 1), starts.get(b)) - 1
                    : whole.lastRow();
            FormSheet block = whole.rows(Math.max(first, from), last);
            from = last + 1;
            GridInterpreter.checkYear(block, template, context);
            school(block, spec, banner);
        }
    }

    /** Reads one school's form (a sheet or a block); a form without a usable code is reported and skipped. */
    private void school(FormSheet form, SheetSpec spec, Banner banner) throws ImportRejectedException {
        SheetProblems problems = new SheetProblems(sink, form.name(), template.figureText());
        FormLabels labels = new FormLabels(template);
        List<String> absent = new ArrayList<>(labels.read(form, spec.labels(), spec.required(), problems));
        labels.rejectReadTwice(context.fileName());
        absent.removeIf("school.code"::equalsIgnoreCase);
        absent.removeIf(f -> banner.fields().stream().anyMatch(f::equalsIgnoreCase));
        Message rows = form.firstRow() == 0 && form.lastRow() == form.grid.lastRow() ? Message.of("import.detail.thisSheet")
                : Message.of("import.detail.rowsFromTo", form.firstRow() + 1, form.lastRow() + 1);
        FormLabels.Code code = labels.codeCell();
        if (code == null) {
            FormLabels.Refused r = labels.refused();
            boolean inside = codeInside(spec);
            Cell label = inside ? InsideLabels.find(form.rows, codeLabels(spec)) : form.label(codeLabels(spec));
            if (r != null) {
                problems.report(ProblemKind.BLANK_KEY, r.cell().row(), r.cell().col(), null, "school.code",
                        r.cell().text().strip(), Message.of("import.detail.formCodeRefused", r.cell().text().strip(),
                                r.why(), rows));
            } else if (inside) {
                // "École: EPP Kaédi Centre — Code: 12345" read with the label École: say which label to name.
                String[] other = InsideLabels.codeAfterOtherLabel(label.text());
                String text = label.text().strip();
                problems.report(ProblemKind.BLANK_KEY, label.row(), label.col(), null, "school.code", text,
                        other == null || FormCells.isLabel(other[0], codeLabels(spec))
                                ? Message.of("import.detail.noCodeInside", text, rows)
                                : Message.of("import.detail.noCodeInsideAfterLabel", text, rows, other[0], other[1]));
            } else {
                problems.report(ProblemKind.BLANK_KEY, label.row(), label.col() + 1, null, "school.code", "",
                        Message.of("import.detail.noCodeBeside", label.text().strip(), rows));
            }
            sink.skipped(form.name(), form.firstRow(), form.lastRow() - form.firstRow() + 1, SkipReason.NO_SCHOOL_CODE);
            return;
        }
        String where = code.sheet() + "!" + CellRef.a1(code.cell().row(), code.cell().col());
        String first = seen.putIfAbsent(code.code(), where);
        if (first != null) {
            problems.report(ProblemKind.DUPLICATE_SCHOOL, code.cell().row(), code.cell().col(), code.code(),
                    "school.code", code.cell().text().strip(), Message.of("import.detail.formAlreadyAt", first, rows));
            sink.skipped(form.name(), form.firstRow(), form.lastRow() - form.firstRow() + 1,
                    SkipReason.REPEATED_SCHOOL);
            return;
        }
        sink.school(new SchoolRecord(code.code(), FormConstants.attributes(banner.under(labels.attributes(),
                labels.blankCells().keySet()), template, lists), code.sheet(), code.cell().row(),
                CellRef.a1(code.cell().row(), code.cell().col()), banner.blankUnder(labels.blankCells(),
                labels.attributes().keySet()), WideRows.typedCode(code.cell())));
        labels.flushProblems();
        labels.facts().forEach(sink::facts);
        FormConstants.facts(code.code(), template, lists, code.sheet()).forEach(sink::facts);
        CellsReadOnce once = new CellsReadOnce();
        for (int i = 0; i < spec.grids().size(); i++) {
            GridSpec g = spec.grids().get(i);
            GridBlock block = new GridBlock(form, g, spec.grids(), Topic.fromCode(g.field()), lists.require("grade"),
                    lists.require("sex"), lists.require("age"), lists.require("total"), lists.require("topic"), context, SchoolYears.of(template),
                    problems);
            CellsReadOnce.Guard guard = once.forGrid(sink, i, g);
            boolean found = block.read(code.code(), guard, GridSpec.occurrence(spec.grids(), i));
            guard.report(problems, code.code(), g.field());
            sink.gridRead(form.name(), i, found);
            if (found) {
                continue;
            }
            if (spec.requires(g.field())) {
                absent.add(g.field() + (g.titles().isEmpty() ? " (its table without a title)"
                        : " (table \"" + g.titles().get(0) + "\")"));
            } else {
                block.reportAbsent(code.code());
            }
        }
        once.refuseClash(context);
        once.flush();
        FormUnread.report(form, problems, code.code(), template, spec, context.censusYear());
        if (!absent.isEmpty()) {
            problems.report(ProblemKind.MISSING_REQUIRED_VALUE, code.cell().row(), code.cell().col(), code.code(),
                    String.join(", ", absent), code.cell().text().strip(), Message.of("import.detail.notOnForm", rows,
                            String.join(", ", absent)));
        }
    }

    /**
     * Reads the rows above a sheet's first block: the school attributes labelled there that can be every school's
     * ({@link FormLabels#everyBlocks}: a district, a province, not a school's code or name), once, their problems said
     * once at their cells. Any other label of the template standing there is said as a label not read: it names no
     * school, and its value is not given to every school (a district's count is no school's).
     */
    private Banner banner(FormSheet rows, SheetSpec spec) {
        SheetProblems problems = new SheetProblems(sink, rows.name(), template.figureText());
        List<LabelSpec> every = spec.labels().stream().filter(FormLabels::everyBlocks)
                .toList();
        FormLabels labels = new FormLabels(template);
        List<String> fields = every.stream().map(LabelSpec::field).distinct().toList();
        List<String> absent = labels.read(rows, every, fields, problems);
        labels.flushProblems();
        for (LabelSpec l : spec.labels()) {
            if (FormLabels.everyBlocks(l) || InsideLabels.inside(l) || l.labels().isEmpty()) {
                continue;
            }
            Cell at = rows.label(l.labels(), l.column(), l.band());
            if (at != null && !rows.isRead(at.row(), at.col())) {
                Cell value = rows.valueOf(at, FormLabels.knownLabels(template), l);
                problems.labelNotRead(at.row(), at.col(), at.text().replaceAll("\\s+", " ")
                        .replaceAll("\\s*:+\\s*$", "").strip(), value == null ? "" : value.shown());
            }
        }
        return new Banner(labels.attributes(), labels.blankCells(), fields.stream()
                .filter(f -> absent.stream().noneMatch(f::equalsIgnoreCase)).toList());
    }

    /**
     * What the rows above the first block give every block: attributes read there, those whose label is there with
     * its value blank, and the fields whose label is there. A block's own label of the same field wins.
     */
    private record Banner(Map<SchoolAttribute, String> attributes,
                          Map<SchoolAttribute, String> blank, List<String> fields) {
        static final Banner NONE = new Banner(Map.of(), Map.of(), List.of());

        /** The block's attributes over the banner's; an attribute the block labels but leaves blank stays blank. */
        Map<SchoolAttribute, String> under(Map<SchoolAttribute, String> own, Set<SchoolAttribute> ownBlank) {
            return over(attributes, ownBlank, own);
        }

        /** The block's blank attributes, with the banner's blank ones the block does not give. */
        Map<SchoolAttribute, String> blankUnder(Map<SchoolAttribute, String> ownBlank, Set<SchoolAttribute> own) {
            return over(blank, own, ownBlank);
        }

        /** The block's entries over the banner's, the banner's left out where the block says otherwise. */
        private static Map<SchoolAttribute, String> over(Map<SchoolAttribute, String> banner,
                                                         Set<SchoolAttribute> blockSaysOtherwise,
                                                         Map<SchoolAttribute, String> block) {
            Map<SchoolAttribute, String> out = new EnumMap<>(SchoolAttribute.class);
            banner.forEach((a, v) -> {
                if (!blockSaysOtherwise.contains(a)) {
                    out.put(a, v);
                }
            });
            out.putAll(block);
            return out;
        }
    }

    /** The rows of a sheet holding a school's code label, each a form's (a block's) start; empty when none. */
    static List<Integer> starts(List<List<Cell>> rows, SheetSpec spec) {
        // A code from the sheet's name: every sheet is a form, whose name is judged as a code when it is read.
        return codeFromSheetName(spec) ? List.of(0) : codeInside(spec) ? InsideLabels.rows(rows, codeLabels(spec))
                : FormCells.labelRows(rows, codeLabels(spec));
    }

    /**
     * The first row of a sheet's first school block: the rows above it are every block's ({@link #banner}), 0 when
     * there are none or no block.
     */
    static int firstBlock(List<List<Cell>> rows, SheetSpec spec) {
        List<Integer> starts = starts(rows, spec);
        return starts.isEmpty() ? 0 : FormCells.blockStart(rows, starts.get(0), -1);
    }

    /** True when the school code is written inside its label's cell ({@code School: NAME (CODE)}). */
    private static boolean codeInside(SheetSpec spec) {
        return spec.labels().stream().anyMatch(l -> "school.code".equalsIgnoreCase(l.field()) && InsideLabels.inside(l));
    }

    private static boolean codeFromSheetName(SheetSpec spec) {
        return spec.labels().stream().anyMatch(l -> "school.code".equalsIgnoreCase(l.field())
                && SheetNameLabels.fromSheetName(l));
    }

    /** The spec's school-code label texts. */
    private static List<String> codeLabels(SheetSpec spec) {
        return spec.labels().stream().filter(l -> "school.code".equalsIgnoreCase(l.field()))
                .flatMap(l -> l.labels().stream()).toList();
    }

    private static String codeLabels(Template template) {
        return template.sheets().stream().flatMap(s -> codeLabels(s).stream()).map(l -> "\"" + l + "\"").limit(4)
                .reduce((a, b) -> a + ", " + b).orElse("\"School code\"");
    }
}
