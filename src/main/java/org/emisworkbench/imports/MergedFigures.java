package org.emisworkbench.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.emisworkbench.workbook.CellRange;
import org.emisworkbench.workbook.SheetGrid;

/**
 * Whether a merged region spans the cells of two figures or more, and which (decision 0104, 0111): the one test
 * every layout asks of a figure read from a merge's first cell, across or down, on a wide sheet (its own rows or its
 * columns of schools), a form's table or its labelled cells. Each layout says only which figure a cell of its sheet
 * holds; the figures a merge spans are told apart by those names, so a merge over one figure's cells (a grade's
 * number written across its two columns of one figure) changes nothing.
 */
final class MergedFigures {
    private MergedFigures() {
    }

    /** The figure a cell of the sheet holds as its layout reads it ({@code G1 M}, {@code S2 Grade 1 Boys}), or null. */
    @FunctionalInterface
    interface FigureAt {
        String at(int row, int col);
    }

    /** Most cells of one merge weighed: a merge is a few cells; one over a whole banner names no figure of its own. */
    private static final long MAX_CELLS = 10_000;

    /**
     * The distinct figures whose cells the merged region {@code m} covers, in the sheet's order (row by row); a list of
     * two or more is a figure typed across several.
     */
    static List<String> spanned(CellRange m, FigureAt figures) {
        Set<String> out = new LinkedHashSet<>();
        if ((long) (m.lastRow() - m.firstRow() + 1) * (m.lastCol() - m.firstCol() + 1) > MAX_CELLS) {
            return List.of();
        }
        for (int r = m.firstRow(); r <= m.lastRow(); r++) {
            for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                String f = figures.at(r, c);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The merged region whose first cell is {@code (row, col)} when it spans two figures or more, else null: a figure
     * read there is stored for none and said ({@link SheetProblems#mergedFigure}).
     */
    static CellRange startingAt(SheetGrid grid, int row, int col, FigureAt figures) {
        CellRange m = grid.mergedAt(row, col);
        return m == null || m.firstRow() != row || m.firstCol() != col || single(m) || spanned(m, figures).size() < 2
                ? null : m;
    }

    /** The merged region covering {@code (row, col)} when it spans two figures or more, else null. */
    static CellRange covering(SheetGrid grid, int row, int col, FigureAt figures) {
        CellRange m = grid.mergedAt(row, col);
        return m == null || single(m) || spanned(m, figures).size() < 2 ? null : m;
    }

    private static boolean single(CellRange m) {
        return m.firstRow() == m.lastRow() && m.firstCol() == m.lastCol();
    }

    /** A sheet's region seen on its side, as a sheet of one column per school is read ({@code SchoolsAcross}). */
    static CellRange turned(CellRange m) {
        return new CellRange(m.firstCol(), m.lastCol(), m.firstRow(), m.lastRow());
    }
}
