package org.emisworkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import read from the rows and columns Excel hides on one sheet: read like the others, named in a warning
 * (decision 0040, review 26). Only the hidden rows and columns the import took something from are named: a hidden
 * row holding nothing the template reads (a note, a table the template leaves out, which is reported NOT READ on
 * its own) is no row "imported like the others".
 *
 * @param rows        the hidden rows (0-based) the import read a figure or a school from, and those set aside
 * @param setAside    those of them not imported because their school is given again on a visible row, which is
 *                    then the school's return (decision 0040)
 * @param filtered    the sheet has a filter (an autoFilter, or a table's filtered column), which is what hides them
 * @param schoolRows  the sheet is a list of one school a row: a school given on a hidden row and again on a visible
 *                    one keeps the visible row, and the warning says so; false on a form, a roster, a sheet of one
 *                    column per school or a table of several rows per school, where it would not be true
 * @param columns     the hidden columns (0-based) the import read a figure from
 * @param columnCells the cells of those figures, runs down a column joined ({@code O9:O11}), in column order
 */
public record HiddenRows(String sheet, List<Integer> rows, List<Integer> setAside, boolean filtered,
                         boolean schoolRows, List<Integer> columns, List<String> columnCells) {
    /** How many cells of hidden columns a warning names before saying how many more. */
    private static final int CELLS_NAMED = 10;

    public HiddenRows {
        rows = List.copyOf(rows);
        setAside = List.copyOf(setAside);
        columns = List.copyOf(columns);
        columnCells = List.copyOf(columnCells);
    }

    /**
     * The warnings naming what was read on hidden rows and columns, each a line: the hidden rows read (hidden by the
     * sheet's filter when it has one: then a totals row of the shown rows only is no mismatch; else by hand, with what
     * becomes of a school given again on a visible row when the sheet lists one school a row), the rows set aside, and
     * the hidden columns read with their cells. Empty when nothing hidden was read.
     */
    public List<Message> warnings() {
        List<Message> out = new ArrayList<>();
        if (!rows.isEmpty()) {
            out.add(Message.of(filtered ? "import.hiddenRowsFiltered" : schoolRows ? "import.hiddenRows"
                    : "import.hiddenRowsRead", sheet, rows.size(), excelRows()));
        }
        if (!setAside.isEmpty()) {
            out.add(Message.of("import.hiddenSetAside", sheet, excelSetAside()));
        }
        if (!columns.isEmpty()) {
            out.add(Message.of("import.hiddenColumns", sheet, columns.size(), excelColumns(), namedCells()));
        }
        return out;
    }

    /** Rows as Excel numbers them, runs joined: {@code 2, 9–11}. */
    public String excelRows() {
        return excel(rows);
    }

    /** The rows set aside as Excel numbers them, runs joined; empty when none. */
    public String excelSetAside() {
        return excel(setAside);
    }

    /** The hidden columns read by their letters: {@code C, O}. */
    public List<String> columnLetters() {
        return columns.stream().map(CellRef::columnLetters).toList();
    }

    private String excelColumns() {
        return String.join(", ", columnLetters());
    }

    /** The first ten cells (or runs of cells), then how many more. */
    private String namedCells() {
        return columnCells.size() <= CELLS_NAMED ? String.join(", ", columnCells)
                : String.join(", ", columnCells.subList(0, CELLS_NAMED)) + ", … (+" + (columnCells.size() - CELLS_NAMED)
                        + ")";
    }

    private static String excel(List<Integer> rows) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int start = rows.get(i);
            int end = start;
            while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) {
                end = rows.get(++i);
            }
            b.append(b.length() == 0 ? "" : ", ").append(start + 1).append(end > start ? "–" + (end + 1) : "");
        }
        return b.toString();
    }
}
