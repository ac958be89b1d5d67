package org.emisworkbench.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellRange;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.HeaderText;

/**
 * The value columns of a form grid, read from the header under its title: a grade (or Total) per
 * column, and for sub-column layouts a sex per column (M/F under a merged grade label; a blank
 * upper cell continues the label to its left).
 */
final class GridColumns {
    /** Slot of a Total column. */
    static final int TOTAL = -2;
    private static final int HEADER_SEARCH = 4;

    private final FormSheet form;
    private final GridSpec spec;
    private final CodeList grades;
    private final CodeList sexes;
    private final ImportContext ctx;
    /** Per value column: grade slot or TOTAL. */
    final Map<Integer, Integer> slotOf = new LinkedHashMap<>();
    /** Per value column: its sex in sub-column layouts (empty for the rows layout). */
    final Map<Integer, Sex> sexOf = new LinkedHashMap<>();
    int firstValueCol;

    GridColumns(FormSheet form, GridSpec spec, CodeList grades, CodeList sexes, ImportContext ctx) {
        this.form = form;
        this.spec = spec;
        this.grades = grades;
        this.sexes = sexes;
        this.ctx = ctx;
    }

    /** Maps the value columns; returns the first data row, or -1 when no header row follows the title. */
    int locate(int titleRow) {
        for (int h = titleRow + 1; h <= Math.min(titleRow + HEADER_SEARCH, form.grid.lastRow()); h++) {
            if (spec.grade() != null) {
                for (Cell c : form.rows.get(h)) {
                    String s = sexes.code(c.text());
                    if (s != null) {
                        slotOf.put(c.col(), slot(spec.grade()));
                        sexOf.put(c.col(), Sex.valueOf(s));
                    }
                }
            } else if (spec.sexLayout().equals("rows")) {
                for (Cell c : form.rows.get(h)) {
                    Integer slot = gradeOrTotal(c.text());
                    if (slot != null) {
                        slotOf.put(c.col(), slot);
                    }
                }
            } else if (h + 1 <= form.grid.lastRow() && gradeCount(h) > 0) {
                for (Cell c : form.rows.get(h + 1)) {
                    String s = sexes.code(c.text());
                    Integer slot = s == null ? null : gradeOrTotal(labelAbove(h, c.col()));
                    if (slot != null) {
                        slotOf.put(c.col(), slot);
                        sexOf.put(c.col(), Sex.valueOf(s));
                    }
                }
                if (!slotOf.isEmpty()) {
                    firstValueCol = slotOf.keySet().stream().min(Integer::compare).orElse(0);
                    return h + 2;
                }
            }
            if (!slotOf.isEmpty()) {
                firstValueCol = slotOf.keySet().stream().min(Integer::compare).orElse(0);
                return h + 1;
            }
        }
        return -1;
    }

    private int gradeCount(int row) {
        int n = 0;
        for (Cell c : form.rows.get(row)) {
            n += gradeOrTotal(c.text()) != null ? 1 : 0;
        }
        return n;
    }

    /** The grade label over a sub-column: its merged region's text, else the nearest label to its left. */
    private String labelAbove(int row, int col) {
        CellRange m = form.grid.mergedAt(row, col);
        if (m != null) {
            return form.grid.cell(m.firstRow(), m.firstCol()).text();
        }
        for (int c = col; c >= 0; c--) {
            Cell cell = form.grid.cell(row, c);
            if (!cell.isBlank()) {
                return cell.text();
            }
        }
        return null;
    }

    private Integer gradeOrTotal(String text) {
        if (text == null) {
            return null;
        }
        if (WideSheetReader.TOTAL_WORDS.contains(HeaderText.normalizeLabel(text))) {
            return TOTAL;
        }
        String g = grades.code(text);
        return g == null ? null : slot(g);
    }

    private Integer slot(String gradeCode) {
        return ctx.grades().byCode(gradeCode).map(g -> g.slot()).orElse(null);
    }
}
