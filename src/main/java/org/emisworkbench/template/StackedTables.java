package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Tables stacked one under another on a wide sheet, as a ministry's form prints them: "TABLE 1: ENROLMENT" over
 * the header and the schools, then "TABLE 2: REPEATERS BY CLASS AND SEX" over the same header and the same
 * schools again. The drafter finds each title that stands alone on its row right above the header written again,
 * and names a graded topic ({@link TopicWords#WORDS}); the template reads the rows below it as that
 * topic ({@link TableSpec}).
 */
public final class StackedTables {
    private StackedTables() {
    }

    /**
     * The tables under the first one of a sheet drafted as {@code m}, in order, each with the topic its title
     * names (null when it names none: the table is listed, not read); empty when there are none.
     */
    public static List<StackedTable> find(SheetMapping m, List<List<Cell>> rows) {
        List<StackedTable> out = new ArrayList<>();
        ColumnMapping key = m.keyColumn();
        if (rows == null || key == null) {
            return out;
        }
        String keyHeader = "";
        for (int r = m.firstRow(); r <= m.lastRow() && keyHeader.isEmpty() && r < rows.size(); r++) {
            keyHeader = HeaderText.fold(textAt(rows.get(r), key.col()));
        }
        // The header written again under a title has as many rows as the first one: the key's header may stand on
        // its lower row (grades merged over the sexes beside it).
        int depth = Math.max(1, m.lastRow() - m.firstRow() + 1);
        for (int r = m.lastRow() + 1; r < rows.size(); r++) {
            String title = lone(rows.get(r));
            if (title == null) {
                continue;
            }
            int next = r + 1;
            while (next < rows.size() && rows.get(next).stream().allMatch(Cell::isBlank)) {
                next++;
            }
            if (next >= rows.size() || keyHeader.isEmpty() || !keyHeaderWithin(rows, next, depth, key.col(), keyHeader)) {
                continue;
            }
            out.add(new StackedTable(r, title.replaceAll("\\s+", " ").strip(), topic(title)));
        }
        return out;
    }

    /**
     * The table whose title an officer marked on row {@code row} (0-based), with the topic its title names (null
     * when it names none), or null when that row does not hold one text alone (the import takes only such a row
     * for a title).
     */
    public static StackedTable at(List<List<Cell>> rows, int row) {
        String title = rows == null || row < 0 || row >= rows.size() ? null : lone(rows.get(row));
        return title == null || HeaderText.fold(title).isEmpty() ? null
                : new StackedTable(row, title.replaceAll("\\s+", " ").strip(), topic(title));
    }

    /** The tables of a sheet that the template reads, as its {@code tables}. */
    static List<TableSpec> specs(List<StackedTable> tables) {
        return tables.stream().filter(StackedTable::reads)
                .map(t -> new TableSpec(List.of(t.title()), t.field())).toList();
    }

    /** The graded topic a table's title names, or null when it names none. */
    static String topic(String title) {
        String f = " " + HeaderText.fold(title) + " ";
        for (String[] w : TopicWords.WORDS) {
            if (w[0].length() > 3 && f.contains(" " + w[0] + " ")) {
                return w[1];
            }
        }
        return null;
    }

    /** True when one of the {@code depth} rows from {@code first} holds the key's header in the key's column. */
    private static boolean keyHeaderWithin(List<List<Cell>> rows, int first, int depth, int col, String keyHeader) {
        for (int r = first; r < Math.min(rows.size(), first + depth); r++) {
            if (keyHeader.equals(HeaderText.fold(textAt(rows.get(r), col)))) {
                return true;
            }
        }
        return false;
    }

    private static String lone(List<Cell> row) {
        String text = null;
        for (Cell c : row) {
            if (c.isBlank()) {
                continue;
            }
            if (text != null || c.kind() != CellKind.TEXT) {
                return null;
            }
            text = c.text();
        }
        return text;
    }

    private static String textAt(List<Cell> row, int col) {
        for (Cell c : row) {
            if (c.col() == col && c.kind() == CellKind.TEXT) {
                return c.text();
            }
        }
        return "";
    }
}
