package org.emisworkbench.model.explore;

import java.util.List;
import java.util.Map;

/**
 * An exploration computed: its row and column headers (one value per dimension), the cells, the totals of
 * every row and column and the grand total. Without column dimensions there is one column whose key is
 * empty; likewise for rows. With subtotals, a subtotal row follows each group of rows sharing their outer
 * values, its inner values {@link Dimension#ALL} ({@link #subtotal(int)}); the column totals and the grand total
 * add up the rows only, never a subtotal.
 *
 * @param exploration  the definition
 * @param years        the census years it covers
 * @param rowKeys      each row's values, one per row dimension
 * @param columnKeys   each column's values, one per column dimension
 * @param cells        [row][column]
 * @param rowTotals    each row over all columns
 * @param columnTotals each column over all rows
 * @param total        the whole table
 * @param labels       names of area and school codes, for headers ({@code D01} → {@code North})
 */
public record Pivot(Exploration exploration, List<Integer> years, List<List<String>> rowKeys,
                   List<List<String>> columnKeys, Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell total,
                   Map<String, String> labels) {

    public Cell cell(int row, int column) {
        return cells[row][column];
    }

    /** Whether row {@code row} is a subtotal row (its inner values {@link Dimension#ALL}). */
    public boolean subtotal(int row) {
        return rowKeys.get(row).contains(Dimension.ALL);
    }

    /** A header value with its name where one is known: {@code D01 North}. */
    public String label(String code) {
        String name = labels.get(code);
        String written = written(code);
        return name == null || name.isBlank() || name.equalsIgnoreCase(code) ? written : written + " " + name;
    }

    /**
     * A value as the returns write it: a district grouped by its upper-cased code ({@code CORAL BAY}) is shown as
     * written ({@code Coral Bay}), its label being that spelling; any other value as it is.
     */
    public String written(String code) {
        String name = labels.get(code);
        return name != null && !name.equals(code) && name.equalsIgnoreCase(code) ? name : code;
    }
}
