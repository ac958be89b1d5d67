package org.emisworkbench.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.template.LabelSpec;
import org.emisworkbench.template.SheetSpec;
import org.emisworkbench.template.Template;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * The value each label of a form reads, found as the import finds it ({@link FormSheet#valueOf}), for
 * {@code emis template check}: {@code label A27 Classrooms → classrooms.total = 5 (B27)} shows a label reading the
 * wrong cell, which the mapping alone does not (review 17).
 */
final class LabelValues {
    private static final LabelValues NONE = new LabelValues(null, null, Set.of(), java.util.List.of());

    private final FormSheet form;
    /** The template, for the code lists a marked answer is read with. */
    private final Template template;
    private final Set<String> known;
    /** The sheet's labels read inside their own cells, each ending the labelled part before it. */
    private final java.util.List<String> partLabels;

    private LabelValues(FormSheet form, Template template, Set<String> known, java.util.List<String> partLabels) {
        this.form = form;
        this.template = template;
        this.known = known;
        this.partLabels = partLabels;
    }

    /** The sheet held whole when its entry has labels; none when it has none or is too large for a form. */
    static LabelValues of(WorkbookReader workbook, SheetInfo sheet, Template template, SheetSpec spec) {
        if (spec.labels().isEmpty()) {
            return NONE;
        }
        Set<String> known = new HashSet<>(FormLabels.knownLabels(template));
        spec.labels().forEach(l -> l.parts().forEach(t -> known.add(
                org.emisworkbench.template.HeaderText.normalizeLabel(t))));
        try {
            return new LabelValues(new FormSheet(workbook.grid(sheet, FormSheet.MAX_CELLS)), template, known,
                    FormLabels.insideTexts(spec.labels()));
        } catch (WorkbookException e) {
            // The import refuses such a sheet and says why; the check shows the labels without their values.
            return NONE;
        }
    }

    /**
     * {@code " = 5 (B27)"}, {@code " = \"Fomu Primary\" (B4)"}, or {@code " = —"} when the label's value is blank;
     * empty when the label is not on the sheet or the sheet was not held.
     */
    String of(LabelSpec l) {
        if (form == null || label(l) == null) {
            return "";
        }
        if (l.ticked()) {
            return ticked(l);
        }
        Cell value = value(l);
        if (value == null || value.isBlank()) {
            return " = —";
        }
        return " = " + shown(value) + " (" + CellRef.a1(value.row(), value.col()) + ")";
    }

    /**
     * What a label {@code sumOf} adds, as the import adds it ({@link FormLabels}): each part's value, then the sum and
     * the cells added ({@code " = 4 + 2 + — + 1 = 7 (B40+B41+B43)"}); a blank part shown {@code —} and left out of
     * the sum, a part that is no count shown as written and no sum then (the import stores none). Empty when the sheet
     * was not held or no part is on it.
     */
    String sumOf(LabelSpec l) {
        if (form == null) {
            return "";
        }
        java.util.List<String> shown = new java.util.ArrayList<>();
        java.util.List<String> cells = new java.util.ArrayList<>();
        long total = 0;
        boolean counts = true;
        for (LabelSpec part : l.summedParts()) {
            if (label(part) == null) {
                continue;
            }
            Cell value = value(part);
            if (value == null || value.isBlank()) {
                shown.add("—");
                continue;
            }
            shown.add(shown(value));
            int v = CellValues.count(value.kind(), value.text(), value.number());
            if (CellValues.isProblem(v)) {
                counts = false;
            } else if (v != org.emisworkbench.model.FactRecord.MISSING) {
                total += v;
                cells.add(CellRef.a1(value.row(), value.col()));
            }
        }
        if (shown.isEmpty()) {
            return "";
        }
        String values = " = " + String.join(" + ", shown);
        return cells.isEmpty() ? values : !counts ? values + " (not a count: nothing stored)"
                : values + " = " + total + " (" + String.join("+", cells) + ")";
    }

    /**
     * An answer marked in one of several columns, as the import reads it ({@link TickedAnswer}): {@code " = no (C9,
     * marked under No)"}, or why nothing is stored ({@code " = — (no mark in Yes / No: B9, C9)"}).
     */
    private String ticked(LabelSpec l) {
        org.emisworkbench.template.CodeList list = template.lists().require(l.codeList() != null ? l.codeList()
                : "yesno");
        TickedAnswer t = TickedAnswer.read(form, label(l), l, list);
        if (!t.absent().isEmpty()) {
            return " = — (no column headed " + String.join(" / ", t.absent()) + " above it: nothing stored)";
        }
        if (!t.unknown().isEmpty()) {
            var unknown = t.unknown().get(0);
            return " = " + shown(unknown) + " (" + CellRef.a1(unknown.row(), unknown.col()) + ": no mark of the "
                    + list.name() + " list, nothing stored)";
        }
        if (t.answer() == null) {
            return " = — (" + (t.marked().isEmpty() ? "no mark in " + String.join(" / ", t.headings()) + ": "
                    + String.join(", ", t.cells()) : "marked in " + t.markedHeadings() + ": " + t.markedCells())
                    + ", nothing stored)";
        }
        return " = " + t.answer() + " (" + t.markedCells() + ", marked under " + t.markedHeadings() + ")";
    }

    private Cell label(LabelSpec l) {
        return InsideLabels.inside(l) ? InsideLabels.find(form.rows, l.labels()) : form.label(l.labels(), l.column(), l.band());
    }

    /**
     * The cell of label {@code l} as the import finds it (under its column's heading when it names one), or as
     * written first in {@code rows} when the sheet was not held: where {@code emis template check} says it stands.
     */
    Cell place(LabelSpec l, List<List<Cell>> rows) {
        return form != null ? label(l) : InsideLabels.find(rows, l);
    }

    private Cell value(LabelSpec l) {
        Cell label = label(l);
        return label == null ? null : InsideLabels.inside(l) ? FormLabels.insideValue(label, l, partLabels)
                : form.valueOf(label, known, l);
    }

    private static String shown(Cell value) {
        String shown = value.shown().replace('\n', ' ').strip();
        return value.kind() == CellKind.TEXT ? "\"" + shown + "\"" : shown;
    }
}
