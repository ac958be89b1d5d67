package org.emisworkbench.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.template.FormCells;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.InsideLabels;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * The labelled values of a form that the template does not read ({@code State | Koror}): a label with its value
 * beside it (or below a label ending with a colon), neither read, told to the sink so that a template check lists
 * them and nothing is left out in silence. What counts as a label is the drafter's rule ({@link
 * FormCells#labelsValue}): titles, headings and instructions have no value beside them, a table's header row more
 * than two cells. Figures already named as a block not read ({@link FormUnread}) are not named again. A label the
 * template leaves out on purpose ({@code ignore}, matched as a wide sheet's headers are: {@link IgnoredHeaders}) is
 * no problem: the check lists it as left out.
 */
final class FormUnreadLabels {
    private FormUnreadLabels() {
    }

    /**
     * @param figures the cells ({@link CellKeys#of}) {@link FormUnread} took for census figures not read: their
     *                blocks are reported there, once
     * @param ignored the labels the template leaves out on purpose (the template's and the sheet's {@code ignore})
     * @param columns the column headings of the template's labels read in a small table ({@code "column": ["Male"]})
     */
    static void report(FormSheet form, SheetProblems problems, Set<Long> figures, IgnoredHeaders ignored,
                       List<String> columns) {
        Set<String> seen = new HashSet<>();
        for (int r = form.firstRow(); r <= form.lastRow(); r++) {
            for (Cell c : form.rows.get(r)) {
                if (c.kind() != CellKind.TEXT || c.isBlank() || FormUnread.isFigure(c) || form.isRead(r, c.col())
                        || InsideLabels.labelAndCount(c.text()) != null) {
                    continue;
                }
                Cell value = valueOf(form, c);
                if (value == null || form.isRead(value.row(), value.col()) || readBeside(form, c)
                        || headsReadColumn(form, c, columns)
                        || figures.contains(CellKeys.of(value.row(), value.col()))
                        || !FormCells.labelsValue(form.rows, c, value)) {
                    continue;
                }
                // Named as the draft names labels: one line, without the colon.
                String label = c.text().replaceAll("\\s+", " ").replaceAll("\\s*:+\\s*$", "").strip();
                if (!seen.add(label)) {
                    continue;
                }
                if (ignored.ignores(c.text())) {
                    // Left out on purpose: no problem, but the check still lists it, as a block left out is.
                    problems.leftOut(CellRef.a1(r, c.col()), label, null);
                } else {
                    problems.labelNotRead(r, c.col(), label, value.shown());
                }
            }
        }
    }

    /**
     * True when the template reads a cell right of the label on its row: the label heads values read with sub-labels
     * ({@code Enseignants : | Hommes | 3 | Femmes | 2}, its teachers read by sex), so it is read, not left out
     * (review 21).
     */
    private static boolean readBeside(FormSheet form, Cell label) {
        for (Cell c : form.rows.get(label.row())) {
            if (c.col() > label.col() && !c.isBlank() && form.isRead(label.row(), c.col())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the cell is the heading of a column of a small table whose labels the template reads with
     * {@code column} ({@code Male | Female} over {@code Teachers | 4 | 9}), a figure under it read: it heads values
     * read, it is no label whose value (the next heading, {@code Female}) is left out (review 26 F10).
     */
    private static boolean headsReadColumn(FormSheet form, Cell c, List<String> columns) {
        if (columns.isEmpty() || !FormCells.isLabel(c.text(), columns)) {
            return false;
        }
        for (int r = c.row() + 1; r <= Math.min(form.lastRow(), c.row() + COLUMN_ROWS); r++) {
            if (form.isRead(r, c.col())) {
                return true;
            }
        }
        return false;
    }

    /** Rows under a column heading searched for a figure read, as far as a label's column header is looked for. */
    private static final int COLUMN_ROWS = 8;

    /** The first filled cell right of the label on its row, else below a label ending with a colon; never a label. */
    private static Cell valueOf(FormSheet form, Cell label) {
        List<Cell> row = form.rows.get(label.row());
        for (Cell c : row) {
            if (c.col() > label.col() && !c.isBlank()) {
                return FormCells.isLabelLike(c) ? null : c;
            }
        }
        if (!FormCells.isLabelLike(label) || label.row() + 1 > form.lastRow()) {
            return null;
        }
        for (Cell c : form.rows.get(label.row() + 1)) {
            if (c.col() == label.col() && !c.isBlank()) {
                return FormCells.isLabelLike(c) ? null : c;
            }
        }
        return null;
    }
}
