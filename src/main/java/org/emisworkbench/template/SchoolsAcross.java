package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.CellsRow;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * A sheet with one column per school ({@code "schoolsIn": "columns"}, decision 0041) seen on its side: row
 * {@code i} of the view is column {@code i} of the sheet, column {@code j} of the view is row {@code j}, so that
 * the one wide reader reads it (and the draft, the check and the choice of a template see it so), headers, sexes, sums, totals and all. Such a sheet is small (a few hundred
 * schools), so it is held whole; every cell the reader names is turned back here to the cell of the sheet
 * ({@link #cell}: the view's {@code G4} is the sheet's {@code D7}).
 */
public final class SchoolsAcross {
    /** A sheet of one column per school is read whole: no more filled cells than a form. */
    public static final int MAX_CELLS = 200_000;
    private static final Pattern REF = Pattern.compile("([A-Z]{1,3})([0-9]*)");

    private SchoolsAcross() {
    }

    /** Hands the sheet's columns to {@code handler} as rows, in order, each cell at its turned place. */
    public static void read(WorkbookReader workbook, SheetInfo sheet, RowHandler handler) throws WorkbookException {
        SheetGrid grid = workbook.grid(sheet, MAX_CELLS);
        List<Cell> filled = grid.filledCells();
        Set<Integer> titles = titleRows(filled);
        List<Cell> table = new ArrayList<>(filled.stream().filter(c -> !titles.contains(c.row())).toList());
        CodesAcross.Found unlabelled = CodesAcross.find(table);
        if (unlabelled != null) {
            // A row of codes across with no label (and its row of names): labelled as if typed, so read as the key.
            table.addAll(CodesAcross.labels(unlabelled));
            table.sort(java.util.Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
        }
        Map<Integer, List<Cell>> byColumn = new TreeMap<>();
        for (Cell c : table) {
            // Taken row by row, so each column's cells come top to bottom: the view's row in column order.
            byColumn.computeIfAbsent(c.col(), k -> new ArrayList<>())
                    .add(new Cell(c.col(), c.row(), c.kind(), c.text(), c.number()));
        }
        for (Map.Entry<Integer, List<Cell>> e : byColumn.entrySet()) {
            if (!handler.row(new CellsRow(e.getKey(), e.getValue(), false))) {
                return;
            }
        }
    }

    /**
     * Rows of the sheet holding one text alone above the table (a title, {@code DISTRICT SUMMARY 2024}) or a note
     * under it ({@code Source: …}, a sentence): on a sheet of one column per school they would stand in the view as
     * header cells of columns without figures, so they are left out of it, as banners above a wide sheet's header
     * and notes under its rows are skipped. The table is the rows holding three cells or more.
     */
    private static Set<Integer> titleRows(List<Cell> filled) {
        Map<Integer, List<Cell>> byRow = new TreeMap<>();
        filled.forEach(c -> byRow.computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c));
        int first = byRow.entrySet().stream().filter(e -> e.getValue().size() >= 3).mapToInt(Map.Entry::getKey)
                .min().orElse(-1);
        int last = byRow.entrySet().stream().filter(e -> e.getValue().size() >= 3).mapToInt(Map.Entry::getKey)
                .max().orElse(-1);
        Set<Integer> out = new HashSet<>();
        for (Map.Entry<Integer, List<Cell>> e : byRow.entrySet()) {
            List<Cell> cells = e.getValue();
            if (first < 0 || cells.size() != 1 || cells.get(0).kind() != CellKind.TEXT) {
                continue;
            }
            String text = cells.get(0).text().strip();
            boolean note = !text.isEmpty() && (!Character.isLetterOrDigit(text.codePointAt(0))
                    || HeaderText.fold(text).split(" ").length >= 5);
            if (e.getKey() < first || e.getKey() > last && note) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * The row of codes across the sheet that has no label, read as its key ({@link CodesAcross}): its 1-based row
     * and that of the names beside it (0 when none), or null when the codes are labelled or there is no such row.
     */
    public static int[] unlabelledKey(WorkbookReader workbook, SheetInfo sheet) {
        try {
            List<Cell> filled = workbook.grid(sheet, MAX_CELLS).filledCells();
            Set<Integer> titles = titleRows(filled);
            CodesAcross.Found f = CodesAcross.find(filled.stream().filter(c -> !titles.contains(c.row())).toList());
            return f == null ? null : new int[] {f.codeRow() + 1, f.nameRow() + 1};
        } catch (WorkbookException e) {
            return null;
        }
    }

    /** The sheet's name of the view's cell at 0-based {@code row}, {@code col}: {@code (3, 6)} is {@code D7}. */
    public static String cell(int row, int col) {
        return CellRef.a1(col, row);
    }

    /**
     * The sheet's name of a view's reference: a cell ({@code G4} → {@code D7}), a range of cells
     * ({@code C5:C9} → {@code E3:I3}) or a column of the view, which is a row of the sheet ({@code C} → {@code 3}).
     */
    public static String reference(String view) {
        if (view == null || view.isEmpty()) {
            return view;
        }
        StringBuilder out = new StringBuilder();
        for (String part : view.split(":", -1)) {
            Matcher m = REF.matcher(part);
            if (!m.matches()) {
                return view; // not a reference the wide reader writes: left as it is
            }
            int col = CellRef.columnIndex(m.group(1));
            out.append(out.length() == 0 ? "" : ":").append(m.group(2).isEmpty() ? String.valueOf(col + 1)
                    : cell(Integer.parseInt(m.group(2)) - 1, col));
        }
        return out.toString();
    }

    /**
     * The first {@code max} rows of the view (the sheet's first columns), blank cells left out, as
     * {@link SheetNames#firstRows} gives a sheet's first rows.
     */
    public static List<List<Cell>> firstRows(WorkbookReader workbook, SheetInfo sheet, int max)
            throws WorkbookException {
        List<List<Cell>> rows = new ArrayList<>();
        read(workbook, sheet, row -> {
            if (row.index() >= max) {
                return false;
            }
            while (rows.size() < row.index()) {
                rows.add(List.of());
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.cell(i));
            }
            rows.add(cells);
            return true;
        });
        return rows;
    }
}
