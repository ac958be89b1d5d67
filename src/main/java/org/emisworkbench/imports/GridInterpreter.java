package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.SchoolYears;
import org.emisworkbench.template.SheetNames;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.FileNameLabels;
import org.emisworkbench.template.Template;

/**
 * Reads grid forms: one workbook per school, a header block of labelled cells and age × grade × sex
 * grids. Each form sheet is small and held whole ({@link WorkbookReader#grid}). A template of one school
 * per sheet or per block ({@code schools}) is read by {@link FormSchools}.
 */
public final class GridInterpreter implements LayoutInterpreter {
    @Override
    public void interpret(WorkbookReader workbook, Template template, ImportContext context, CensusSink sink)
            throws ImportRejectedException, WorkbookException {
        if (template.schoolsPer() != org.emisworkbench.template.SchoolsPer.WORKBOOK) {
            new FormSchools(workbook, template, context, sink).read();
            return;
        }
        CodeLists lists = template.lists();
        List<FormSheet> forms = new ArrayList<>();
        List<SheetSpec> specs = new ArrayList<>();
        List<SheetInfo> taken = new ArrayList<>();
        for (SheetSpec spec : template.sheets()) {
            SheetInfo sheet = SheetNames.find(workbook.sheets(), spec.names(), taken,
                    org.emisworkbench.template.SchoolYears.of(template), context.censusYear());
            if (sheet == null) {
                if (spec.optional()) {
                    continue;
                }
                throw new ImportRejectedException("rejected.noSheet", context.fileName(), String.join(" / ",
                        spec.names()), String.join(", ", workbook.sheets().stream().map(SheetInfo::name).toList()));
            }
            taken.add(sheet);
            forms.add(new FormSheet(workbook.grid(sheet, FormSheet.MAX_CELLS)));
            specs.add(spec);
        }
        FormLabels labels = new FormLabels(template, context.fileName());
        List<SheetProblems> problems = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            problems.add(new SheetProblems(sink, forms.get(i).name(), template.figureText()));
            List<String> absent = labels.read(forms.get(i), specs.get(i).labels(), specs.get(i).required(),
                    problems.get(i));
            rejectAbsent(context, forms.get(i), absent);
            checkYear(forms.get(i), template, context);
        }
        rejectSuspectCode(context, labels);
        labels.rejectReadTwice(context.fileName());
        FormLabels.BlankCode blank = labels.blankCode();
        if (blank != null && labels.refused() == null) {
            // The label is there, its value is not: say where, not "no school code found".
            throw new ImportRejectedException("rejected.codeBlank", context.fileName(), blank.sheet(),
                    CellRef.a1(blank.label().row(), blank.label().col()), blank.label().text().strip(),
                    blank.valueCell());
        }
        if (labels.code() == null) {
            // One school's form: its code may be only in the file's name, which the template can say.
            throw new ImportRejectedException("rejected.noCodeLabelOneSchool", context.fileName(),
                    codeLabels(template), String.join(" | ", forms.isEmpty() ? List.of() : forms.get(0).someTexts(12)),
                    "{\"field\": \"school.code\", \"position\": \"" + FileNameLabels.FILE_NAME + "\"}");
        }
        FormLabels.Code code = labels.codeCell();
        sink.school(new SchoolRecord(code.code(), FormConstants.attributes(labels.attributes(), template, lists),
                code.sheet(), code.cell().row(),
                CellRef.a1(code.cell().row(), code.cell().col()), labels.blankCells(),
                WideRows.typedCode(code.cell())));
        labels.flushProblems();
        labels.facts().forEach(sink::facts);
        FormConstants.facts(code.code(), template, lists, code.sheet()).forEach(sink::facts);
        // One figure from one grid, or blocks that add up, across the sheets of the school's workbook too (0090).
        CellsReadOnce once = new CellsReadOnce();
        for (int i = 0; i < forms.size(); i++) {
            context.cancellation().check();
            readForm(forms.get(i), specs.get(i), template, code.code(), context, problems.get(i), sink, once);
        }
        once.refuseClash(context);
        once.flush();
        context.progress().update(1, 1, context.fileName());
    }

    /**
     * Reads the grids of one school's form sheet, then reports the sheet's census figures that no label or grid
     * took ({@code UNREAD_FIGURES}). A grid whose field the sheet {@code required}s and that is not found refuses the
     * file; another is reported as not found. The one reading of a one-school form's tables, for a grid form's
     * sheets and for the label sheet of a roster of one school (decision 0083).
     */
    static void readForm(FormSheet form, SheetSpec spec, Template template, String code, ImportContext context,
                         SheetProblems problems, CensusSink sink) throws ImportRejectedException {
        CellsReadOnce once = new CellsReadOnce();
        readForm(form, spec, template, code, context, problems, sink, once);
        once.refuseClash(context);
        once.flush();
    }

    /**
     * The same, the figures held by {@code once} (the caller refuses a clash and hands them on, after the last sheet
     * of the school's workbook): two grids store each cell once (review 27, F4) and each figure once (0090).
     */
    static void readForm(FormSheet form, SheetSpec spec, Template template, String code, ImportContext context,
                         SheetProblems problems, CensusSink sink, CellsReadOnce once) throws ImportRejectedException {
        CodeLists lists = template.lists();
        List<GridSpec> grids = spec.grids();
        for (int k = 0; k < grids.size(); k++) {
            GridSpec g = grids.get(k);
            GridBlock block = new GridBlock(form, g, grids, Topic.fromCode(g.field()), lists.require("grade"),
                    lists.require("sex"), lists.require("age"), lists.require("total"), lists.require("topic"), context, SchoolYears.of(template),
                    problems);
            CellsReadOnce.Guard guard = once.forGrid(sink, k, g);
            boolean found = block.read(code, guard, GridSpec.occurrence(grids, k));
            guard.report(problems, code, g.field());
            sink.gridRead(form.name(), k, found);
            if (!found && spec.requires(g.field())) {
                throw g.titles().isEmpty()
                        ? new ImportRejectedException("rejected.noUntitledGrid", context.fileName(), form.name(),
                                g.field(), String.join(" | ", form.someTexts(12)))
                        : new ImportRejectedException("rejected.noGrid", context.fileName(), form.name(),
                                String.join(" / ", g.titles()), String.join(" | ", form.someTexts(12)));
            }
            if (!found) {
                block.reportAbsent(code);
            }
        }
        FormUnread.report(form, problems, code, template, spec, context.censusYear());
    }

    /** A form that says it belongs to another census year is the wrong file for this import. */
    static void checkYear(FormSheet form, Template template, ImportContext context)
            throws ImportRejectedException {
        OptionalInt year = FormLabels.year(form, template);
        if (year.isPresent() && year.getAsInt() != context.censusYear()) {
            throw new ImportRejectedException("rejected.otherYear", context.fileName(), form.name(), year.getAsInt(),
                    context.censusYear());
        }
    }

    /** A school code that looks like a header or a label refuses the file: its figures would go astray. */
    static void rejectSuspectCode(ImportContext context, FormLabels labels) throws ImportRejectedException {
        FormLabels.Refused r = labels.refused();
        if (r != null && r.why().key().equals("code.suspect.fileName")) {
            // The code was to come from the file's name: the cure is to rename the file, not to write in A1.
            throw new ImportRejectedException("rejected.codeFromFileName", context.fileName(), r.why());
        }
        if (r != null) {
            throw new ImportRejectedException("rejected.codeLooksLikeLabel", context.fileName(), r.sheet(),
                    CellRef.a1(r.cell().row(), r.cell().col()), r.cell().text().strip(), r.why());
        }
    }

    /** Required labels missing from a form refuse the file, naming what the sheet holds instead. */
    static void rejectAbsent(ImportContext context, FormSheet form, List<String> absent)
            throws ImportRejectedException {
        if (!absent.isEmpty() && !absent.equals(List.of("school.code"))) {
            throw new ImportRejectedException("rejected.noLabels", context.fileName(), form.name(),
                    String.join(", ", absent), String.join(" | ", form.someTexts(12)));
        }
    }

    private static String codeLabels(Template template) {
        return template.sheets().stream().flatMap(s -> s.labels().stream())
                .filter(l -> "school.code".equalsIgnoreCase(l.field())).flatMap(l -> l.labels().stream())
                .map(l -> "\"" + l + "\"").limit(4).reduce((a, b) -> a + ", " + b).orElse("\"School code\"");
    }
}
