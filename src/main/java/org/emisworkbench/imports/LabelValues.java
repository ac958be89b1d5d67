package org.emisworkbench.imports;

import java.util.HashSet;
import java.util.Set;
import org.emisworkbench.model.CellRef;
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
    private static final LabelValues NONE = new LabelValues(null, Set.of());

    private final FormSheet form;
    private final Set<String> known;

    private LabelValues(FormSheet form, Set<String> known) {
        this.form = form;
        this.known = known;
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
            return new LabelValues(new FormSheet(workbook.grid(sheet, FormSheet.MAX_CELLS)), known);
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
        if (form == null) {
            return "";
        }
        boolean inside = InsideLabels.inside(l);
        Cell label = inside ? InsideLabels.find(form.rows, l.labels()) : form.label(l.labels());
        if (label == null) {
            return "";
        }
        Cell value = inside ? FormLabels.insideValue(label, l) : form.valueOf(label, known, l);
        if (value == null || value.isBlank()) {
            return " = —";
        }
        String shown = value.shown().replace('\n', ' ').strip();
        return " = " + (value.kind() == CellKind.TEXT ? "\"" + shown + "\"" : shown) + " ("
                + CellRef.columnLetters(value.col()) + (value.row() + 1) + ")";
    }
}
