package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellRange;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.FormCells;

/**
 * A form sheet held whole: its cells by row (non-blank only, for label and title search) and the grid
 * for positional look-ups and merged regions. Shared by the grid and roster interpreters. A form may also
 * be a window of a sheet's rows ({@link #rows(int, int)}): one school's block of a sheet of stacked forms,
 * sharing the sheet's cells, whose labels, values and tables are looked for within the block only.
 */
final class FormSheet {
    /**
     * Largest form sheet held in memory; a school's form has a few thousand cells, a sheet of 1,000 stacked
     * schools of 15 rows by 12 columns 180,000 at most. A larger sheet is refused ({@code workbook.formTooLarge}).
     */
    static final int MAX_CELLS = 200_000;

    final SheetGrid grid;
    final List<List<Cell>> rows;
    /** 0-based first and last rows of the form (the whole sheet, or one school's block). */
    private final int firstRow;
    private final int lastRow;
    /**
     * The cells the template reads (label values, tables with their headers and total rows), {@link CellKeys#of},
     * shared by the windows of one sheet: what is left over is looked at for census figures left unread
     * ({@link FormUnread}).
     */
    private final java.util.Set<Long> read;
    /**
     * The header cells already reported as giving a figure twice: tables side by side under one header row each
     * meet the same clash of its columns, which is one problem, reported once.
     */
    private final java.util.Set<Long> clashes;

    FormSheet(SheetGrid grid) {
        this.grid = grid;
        // Built from the filled cells, not by scanning the used range: a stray cell at XFD1048576
        // would make that 17 billion look-ups. Rows without cells share one empty list.
        List<List<Cell>> byRow = new ArrayList<>(java.util.Collections.nCopies(grid.lastRow() + 1, List.of()));
        for (Cell cell : grid.filledCells()) {
            if (byRow.get(cell.row()).isEmpty()) {
                byRow.set(cell.row(), new ArrayList<>());
            }
            byRow.get(cell.row()).add(cell);
        }
        this.rows = byRow;
        this.firstRow = 0;
        this.lastRow = grid.lastRow();
        this.read = new java.util.HashSet<>();
        this.clashes = new java.util.HashSet<>();
    }

    private FormSheet(FormSheet sheet, int first, int last) {
        this.grid = sheet.grid;
        this.firstRow = first;
        this.lastRow = last;
        this.read = sheet.read;
        this.clashes = sheet.clashes;
        List<List<Cell>> all = sheet.rows;
        // Rows outside the window read as empty; the list ends at the window's last row.
        this.rows = new java.util.AbstractList<>() {
            @Override
            public List<Cell> get(int index) {
                return index < first ? List.of() : all.get(index);
            }

            @Override
            public int size() {
                return last + 1;
            }
        };
    }

    /** Marks a cell as read by the template. */
    void markRead(Cell cell) {
        if (cell != null) {
            read.add(CellKeys.of(cell.row(), cell.col()));
        }
    }

    /**
     * Marks a table of the template as read: in rows {@code r1..r2} and columns {@code 0..c2}, its words (title,
     * headers, row labels) and the figures of the columns it reads or checks ({@code readsColumn}); figures of
     * another column (a band the template leaves out, beside or between the bands it reads) stay unread, to be
     * reported.
     */
    void markTableRead(int r1, int r2, int c2, java.util.function.IntPredicate readsColumn) {
        for (int r = Math.max(r1, 0); r <= Math.min(r2, rows.size() - 1); r++) {
            boolean label = true; // a row's first cell is its label, even a number (standards written 1 … 7)
            for (Cell c : rows.get(r)) {
                if (c.col() > c2 || c.isBlank()) {
                    continue;
                }
                if (label || readsColumn.test(c.col()) || !FormUnread.isFigure(c)) {
                    read.add(CellKeys.of(r, c.col()));
                }
                label = false;
            }
        }
    }

    /** True when the template reads the cell (see {@link #markRead} and {@link #markTableRead}). */
    boolean isRead(int row, int col) {
        return read.contains(CellKeys.of(row, col));
    }

    /** True the first time a header cell is said to give a figure twice; false after (reported once). */
    boolean firstClash(int row, int col) {
        return clashes.add(CellKeys.of(row, col));
    }

    /** The form made of rows {@code first} to {@code last} (0-based, inclusive) of this sheet only. */
    FormSheet rows(int first, int last) {
        return new FormSheet(this, Math.max(first, firstRow), Math.min(last, lastRow));
    }

    int firstRow() {
        return firstRow;
    }

    /** The form's last row: the sheet's, or its block's. */
    int lastRow() {
        return lastRow;
    }

    String name() {
        return grid.sheet().name();
    }

    /** The cell holding one of the labels, or null. */
    Cell label(List<String> labels) {
        return FormCells.findLabel(rows, labels);
    }

    /**
     * The cell holding one of the labels whose value stands in a column headed {@code column} ({@code Morning shift}
     * in {@code Shift | Male | Female}): the first place with such a heading above it, so that a table's title of
     * the same words higher up (the enrolment of the {@code Morning shift}) is not taken for the row (review 29 F5);
     * the first place at all when none has. The heading under one of {@code bands} when any is given (decision
     * 0091), as the value is then read. Without a column, {@link #label(List)}.
     */
    Cell label(List<String> labels, List<String> column, List<String> bands) {
        if (column.isEmpty()) {
            return label(labels);
        }
        for (Cell c : FormCells.labelCells(rows, labels)) {
            if (headingAbove(c, column, bands) != null) {
                return c;
            }
        }
        return label(labels);
    }

    /**
     * The value of a labelled cell ({@code known}: normalised label texts of the template).
     * <ul>
     *   <li>{@code right}: the next filled cell to the right on the label's row (past the label's merged
     *       region);</li>
     *   <li>{@code below}: the cell just below the label (below its merged region);</li>
     *   <li>null (automatic): right, unless that cell is itself a label (of the template, or ending with
     *       a colon) or a text header of a row of headers with figures below it (a block such as
     *       {@code Classrooms | Good | Fair | Poor} over numbers); then below.</li>
     * </ul>
     * A cell that is itself a label is never a value: null then, i.e. the value was left blank.
     */
    Cell valueOf(Cell label, java.util.Set<String> known, String position) {
        Cell right = rightOf(label);
        Cell below = belowOf(label);
        if ("below".equals(position)) {
            return isLabel(below, known) ? null : below;
        }
        if ("right".equals(position)) {
            return isLabel(right, known) ? null : right;
        }
        if (right != null && !isLabel(right, known) && !headerOfBlock(right, below)) {
            return right;
        }
        return isLabel(below, known) ? null : below;
    }

    /** Rows above a label of a small table searched for its column's header whatever they hold ({@link #headingAbove}). */
    private static final int COLUMN_HEADER_ROWS = 8;

    /**
     * The value of a label as its template entry says: in the column headed by one of {@code l.column()}
     * (a label of a small table), else where {@link #valueOf(Cell, java.util.Set, String)} finds it.
     */
    Cell valueOf(Cell label, java.util.Set<String> known, org.emisworkbench.template.LabelSpec l) {
        return l.column().isEmpty() ? valueOf(label, known, l.position()) : valueInColumn(label, l.column(), l.band());
    }

    /**
     * The value on the label's row in the column headed by one of {@code headers}: under one of {@code bands} when any
     * is given (decision 0091), else as {@link #valueInColumn(Cell, List)} finds it.
     */
    Cell valueInColumn(Cell label, List<String> headers, List<String> bands) {
        if (bands.isEmpty()) {
            return valueInColumn(label, headers);
        }
        Cell heading = headingAbove(label, headers, bands);
        return heading == null ? null : at(label.row(), heading.col());
    }

    /**
     * The cell on the label's row under the nearest header above it ({@link #headingAbove}, right of the label)
     * reading one of {@code headers}, or that header on the label's own row, the value
     * then the next cell after it ({@code Professores: | H | 4 | M | 5}): {@code Qualified | 4 | 5} under
     * {@code | Female | Male} gives 5 for {@code Male}; failing that, the cell in the label's column on the
     * nearest row below it labelled by one of {@code headers} left of it (a label heading a column: {@code Total}
     * over {@code 7} in the row {@code Hommes}). Null when that cell is blank or no such header stands there.
     */
    Cell valueInColumn(Cell label, List<String> headers) {
        // On the label's own row, each header followed by its value: Professores: | H | 4 | M | 5.
        Cell inline = null;
        for (Cell c : rows.get(label.row())) {
            if (inline != null && !c.isBlank()) {
                return c;
            }
            if (c.col() > label.col() && c.kind() == CellKind.TEXT && FormCells.isLabel(c.text(), headers)) {
                inline = c;
            }
        }
        Cell heading = headingAbove(label, headers);
        if (heading != null) {
            return at(label.row(), heading.col());
        }
        // The same table the other way round: the label heads a column (Titulaires | Total over rows Hommes,
        // Femmes) and the header names a row below it, written left of the label's column.
        for (int r = label.row() + 1; r < rows.size() && r <= label.row() + COLUMN_HEADER_ROWS; r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() < label.col() && c.kind() == CellKind.TEXT && FormCells.isLabel(c.text(), headers)) {
                    return at(r, label.col());
                }
            }
        }
        return null;
    }

    /**
     * The column of the nearest header above the label (as {@link #valueInColumn}) reading one of {@code headers}, or
     * -1: where a blank value of that column is said to be.
     */
    int headedColumn(Cell label, List<String> headers) {
        return headedColumn(label, headers, List.of());
    }

    /** As {@link #headedColumn(Cell, List)}, the heading under one of {@code bands} when any is given. */
    int headedColumn(Cell label, List<String> headers, List<String> bands) {
        Cell heading = headingAbove(label, headers, bands);
        return heading == null ? -1 : heading.col();
    }

    /**
     * The nearest cell above the label, right of it, reading one of {@code headers}: looked for within
     * {@value #COLUMN_HEADER_ROWS} rows whatever they hold, and further up while the rows stay filled, so that the
     * twelfth subject of {@code Subject | Male | Female} finds its table's heading (review 28 F4), while a blank row
     * past those rows ends the table (a heading further up is another table's). Null when none.
     */
    Cell headingAbove(Cell label, List<String> headers) {
        return headingAbove(label, headers, List.of());
    }

    /**
     * As {@link #headingAbove(Cell, List)}, and, when {@code bands} are given, standing under one of them: the band
     * is read as a grid's band is ({@link FormRows#headerAbove}: on the row just above the heading, a merged cell
     * over its column, else the nearest filled cell to its left), so {@code Male} under {@code Unqualified} is found
     * past the {@code Male} under {@code Qualified} (review 28 F5, decision 0091).
     */
    Cell headingAbove(Cell label, List<String> headers, List<String> bands) {
        for (int r = label.row() - 1; r >= Math.max(0, firstRow); r--) {
            if (label.row() - r > COLUMN_HEADER_ROWS && rows.get(r).isEmpty()) {
                return null;
            }
            for (Cell c : rows.get(r)) {
                if (c.col() > label.col() && c.kind() == CellKind.TEXT && FormCells.isLabel(c.text(), headers)
                        && (bands.isEmpty() || underBand(c, bands))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** True when the band over heading {@code c} reads one of {@code bands}. */
    private boolean underBand(Cell c, List<String> bands) {
        Cell band = bandOver(c);
        return band != null && FormCells.isLabel(band.text(), bands);
    }

    /**
     * The band over column heading {@code c}, as a grid's band is read ({@link FormRows#headerAbove}: on the row just
     * above, a merged cell over its column, else the nearest filled cell to its left); null when none or not a text.
     */
    Cell bandOver(Cell c) {
        Cell band = c.row() == 0 ? null : FormRows.headerAbove(this, c.row() - 1, c.col());
        return band != null && band.kind() == CellKind.TEXT ? band : null;
    }

    private Cell rightOf(Cell label) {
        int from = label.col() + 1;
        CellRange merged = grid.mergedAt(label.row(), label.col());
        if (merged != null) {
            from = merged.lastCol() + 1;
        }
        for (Cell c : rows.get(label.row())) {
            if (c.col() >= from) {
                return c;
            }
        }
        return null;
    }

    private Cell belowOf(Cell label) {
        CellRange merged = grid.mergedAt(label.row(), label.col());
        int row = merged != null ? merged.lastRow() + 1 : label.row() + 1;
        return at(row, label.col());
    }

    private static boolean isLabel(Cell c, java.util.Set<String> known) {
        return c == null || FormCells.isLabelLike(c)
                || (c.kind() == CellKind.TEXT && FormCells.isLabel(c.text(), known));
    }

    /**
     * True when the cell right of a label is a column header beside it rather than its value: a text
     * that is not a figure, with a figure below the label and something below itself.
     */
    private boolean headerOfBlock(Cell right, Cell below) {
        return right.kind() == CellKind.TEXT && !isFigure(right) && below != null && isFigure(below)
                && at(below.row(), right.col()) != null;
    }

    private static boolean isFigure(Cell c) {
        return c.kind() == CellKind.NUMBER || !CellValues.isProblem(CellValues.count(c.kind(), c.text(), c.number()));
    }

    /** Non-blank cell at a position, or null. */
    Cell at(int row, int col) {
        if (row < firstRow || row > lastRow) {
            return null;
        }
        Cell c = grid.cell(row, col);
        return c.isBlank() ? null : c;
    }

    /** Texts of the sheet's first text cells, to say what was found when something is missing. */
    List<String> someTexts(int max) {
        List<String> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.kind() == CellKind.TEXT && out.size() < max) {
                    out.add(c.text().replace('\n', ' ').strip());
                }
            }
        }
        return out;
    }

    /**
     * A blank figure cell lying under a cell merged across it from another figure cell of the table ({@code G25} under
     * {@code F25:G25}), reported as such and not as an ordinary blank: the merged value is read at its first cell
     * only, so a figure typed across both sexes is stored as the first one's, and the other's may be hidden by the
     * merge. Naming the merge tells the officer what to ask the school (review 30, D3). True when reported, so the
     * caller does not also say the cell as a plain blank.
     */
    boolean blankUnderMerge(int row, int col, SheetProblems problems, String school, String topic) {
        CellRange m = grid.mergedAt(row, col);
        if (m == null || m.firstRow() == row && m.firstCol() == col) {
            return false;
        }
        Cell first = at(m.firstRow(), m.firstCol());
        if (first == null || first.kind() != CellKind.NUMBER) {
            return false;
        }
        String anchor = org.emisworkbench.model.CellRef.a1(m.firstRow(), m.firstCol());
        String range = anchor + ":" + org.emisworkbench.model.CellRef.a1(m.lastRow(), m.lastCol());
        problems.report(org.emisworkbench.model.ProblemKind.BLANK_FIGURE, row, col, school, topic, "",
                org.emisworkbench.model.Message.of("import.detail.blankUnderMerge", range, first.shown(), anchor));
        return true;
    }
}
