package org.emisworkbench.imports;

import java.util.Arrays;
import org.emisworkbench.model.AgeGroup;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.Sex;
import org.emisworkbench.model.Topic;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.FormCells;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.CellRange;

/**
 * The row labels of a form's tables, shared by the age rows ({@link GridBlock}) and grade rows
 * ({@link GradeRowsBlock}) readers: what a row says left of its figures, and the empty record its figures
 * go into.
 */
final class FormRows {
    /** Rows under a table's title searched for its header row. */
    static final int HEADER_SEARCH = 4;

    private FormRows() {
    }

    /**
     * The last row searched for the header of a table titled on {@code titleRow} ({@link FormCells#headerSearchEnd}):
     * {@link #HEADER_SEARCH} rows under the title, or, under the label lines standing between the title and its table
     * ({@code MATRÍCULA INICIAL}, then {@code Año lectivo | 2024}, {@code Código modular: | 0456789}, then {@code
     * Grado | Hombres | Mujeres}: review 28, F6), the first filled row after them and no further.
     */
    static int headerSearchEnd(FormSheet form, int titleRow) {
        return Math.min(FormCells.headerSearchEnd(form.rows, titleRow, HEADER_SEARCH), form.lastRow());
    }

    /**
     * Marks a table read from its title row to {@code lastRow} ({@link FormSheet#markTableRead}), but for the label
     * lines between its title and its header row ({@code headerRow}, the first row of its header): those are the
     * labels' to read, and a value no label reads among them is reported as left unread, never taken for the table's.
     */
    static void markTableRead(FormSheet form, int titleRow, int headerRow, int lastRow, int lastCol,
                              java.util.function.IntPredicate readsColumn) {
        int labels = Math.min(FormCells.lastLabelLine(form.rows, titleRow), headerRow - 1);
        form.markTableRead(titleRow, labels > titleRow ? titleRow : lastRow, lastCol, readsColumn);
        if (labels > titleRow) {
            form.markTableRead(labels + 1, lastRow, lastCol, readsColumn);
        }
    }

    /**
     * The header over a sub-column (a grade or an age over its M and F): its merged region's cell, else the
     * nearest filled cell to its left on the header row; null when there is none.
     */
    static Cell headerAbove(FormSheet form, int row, int col) {
        CellRange m = form.grid.mergedAt(row, col);
        if (m != null) {
            return form.grid.cell(m.firstRow(), m.firstCol());
        }
        for (int c = col; c >= 0; c--) {
            Cell cell = form.grid.cell(row, c);
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    /**
     * The row's label: the first cell left of the figures that is not a sex label (when sexes are in rows);
     * a number as shown ({@code 6}, not {@code 6.0}); else the label of a merged region from above.
     */
    static String label(FormSheet form, int r, int firstValueCol, CodeList sexes, boolean sexInRows) {
        return label(form, r, 0, firstValueCol, sexes, sexInRows);
    }

    /**
     * As {@link #label(FormSheet, int, int, CodeList, boolean)}, from column {@code fromCol} on: a table standing
     * beside another ({@code GIRLS} right of {@code BOYS}) has its own labels, never those of the table on its left.
     */
    static String label(FormSheet form, int r, int fromCol, int firstValueCol, CodeList sexes, boolean sexInRows) {
        for (Cell c : form.rows.get(r)) {
            if (c.col() < fromCol) {
                continue;
            }
            if (c.col() >= firstValueCol) {
                break;
            }
            if (!(sexInRows && sexes.code(c.text()) != null) && !c.isBlank()) {
                return c.kind() == CellKind.NUMBER ? c.shown() : c.text();
            }
        }
        CellRange m = form.grid.mergedAt(r, 0);
        if (m != null && m.firstRow() < r) {
            Cell top = form.grid.cell(m.firstRow(), m.firstCol());
            return top.isBlank() ? null : top.text();
        }
        return null;
    }

    /** The column of the row's first filled cell (0 for an empty row): where its label problems are reported. */
    static int labelCol(FormSheet form, int r) {
        return form.rows.get(r).isEmpty() ? 0 : form.rows.get(r).get(0).col();
    }

    /** The sex a row says left of its figures ({@code Boys}, {@code F}), or null. */
    static Sex sex(FormSheet form, int r, int firstValueCol, CodeList sexes) {
        for (Cell c : form.rows.get(r)) {
            if (c.col() >= firstValueCol) {
                break;
            }
            String s = sexes.code(c.text());
            if (s != null) {
                return Sex.valueOf(s);
            }
        }
        return null;
    }

    /** A record of one sex and age of a table, every grade missing until read. */
    static FactRecord empty(FormSheet form, String school, Topic topic, Sex sex, AgeGroup age, int grades, int row) {
        int[] values = new int[grades];
        Arrays.fill(values, FactRecord.MISSING);
        return new FactRecord(school, topic, sex, age, values, new String[values.length], form.name(), row);
    }
}
