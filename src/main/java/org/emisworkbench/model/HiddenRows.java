package org.emisworkbench.model;

import java.util.List;

/**
 * The hidden rows (0-based) with cells of one sheet an import read: read like the others, named in a warning.
 * {@code setAside} are those of them not imported because their school is given again on a visible row, which
 * is then the school's return (decision 0040). {@code filtered}: the sheet has a filter (an autoFilter, or a
 * table's filtered column), which is what hides them.
 */
public record HiddenRows(String sheet, List<Integer> rows, List<Integer> setAside, boolean filtered) {
    public HiddenRows {
        rows = List.copyOf(rows);
        setAside = List.copyOf(setAside);
    }

    public HiddenRows(String sheet, List<Integer> rows, List<Integer> setAside) {
        this(sheet, rows, setAside, false);
    }

    public HiddenRows(String sheet, List<Integer> rows) {
        this(sheet, rows, List.of());
    }

    /**
     * The warning naming these rows: hidden by the sheet's filter when it has one ({@code filtered}: an autoFilter
     * or a table's filter), then a totals row of the shown rows only is no mismatch; else hidden by hand.
     */
    public Message warning() {
        return Message.of(filtered ? "import.hiddenRowsFiltered" : "import.hiddenRows", sheet, rows.size(),
                excelRows());
    }

    /** Rows as Excel numbers them, runs joined: {@code 2, 9–11}. */
    public String excelRows() {
        return excel(rows);
    }

    /** The rows set aside as Excel numbers them, runs joined; empty when none. */
    public String excelSetAside() {
        return excel(setAside);
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
