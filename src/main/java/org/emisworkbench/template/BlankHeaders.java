package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;

/**
 * Columns with numbers below a blank header (no header text on any header row): no template can name them, so
 * their figures are never read, and must never be lost without a word. A column whose numbers count the rows
 * from 0 or 1 (the index a data frame writes, {@link SerialColumn}) is an index column, not census figures.
 * The draft and the template check find them here over the sheet's first rows; the import counts them as it
 * streams ({@link Tally}), by the same rule.
 */
public final class BlankHeaders {
    private BlankHeaders() {
    }

    /**
     * A column under a blank header with numbers below it.
     *
     * @param col     0-based column
     * @param figures how many numbers stand below the header
     * @param index   true when they count the rows from 0 or 1: an index column, not census figures
     */
    public record Column(int col, int figures, boolean index) {
    }

    /** The numbers of one column under a blank header, taken a cell at a time. */
    public static final class Tally {
        private int figures;
        private final SerialColumn.Run run = new SerialColumn.Run();

        /** The next cell of the column that is not blank. */
        public void add(CellKind kind, String text, double number) {
            if (kind == CellKind.NUMBER || kind == CellKind.TEXT && CellValues.count(kind, text, number) >= 0) {
                figures++;
            }
            run.add(kind, text, number);
        }

        public Column column(int col) {
            return new Column(col, figures, run.numbersRows(false));
        }
    }

    /**
     * The texts standing in column {@code col} below the header rows and above its first figure, top to bottom
     * ({@code Grade 1 / Boys}: the header of a form's table, lower than the header row taken), each with its
     * 1-based row after a colon in {@code rows[1]}; null when there are none.
     */
    public static String[] textsAbove(List<List<Cell>> rows, int lastHeaderRow, int col) {
        List<String> texts = new ArrayList<>();
        int row = -1;
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (c.col() != col || c.isBlank()) {
                    continue;
                }
                if (c.kind() == CellKind.NUMBER || CellValues.count(c.kind(), c.text(), c.number()) >= 0) {
                    return texts.isEmpty() ? null : new String[] {String.join(" / ", texts), Integer.toString(row + 1)};
                }
                texts.add(c.text().strip().replace('\n', ' '));
                row = r;
            }
        }
        return null;
    }

    /** True when the header {@code texts} (one per column, null or blank where none) name no header at {@code col}. */
    public static boolean blank(String[] texts, int col) {
        return col >= texts.length || texts[col] == null || texts[col].isBlank();
    }

    /** The columns under a blank header with numbers below, over {@code rows} after the header, in column order. */
    public static List<Column> of(String[] texts, List<List<Cell>> rows, int lastHeaderRow) {
        Map<Integer, Tally> tallies = new TreeMap<>();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            for (Cell c : rows.get(r)) {
                if (!c.isBlank() && blank(texts, c.col())) {
                    tallies.computeIfAbsent(c.col(), k -> new Tally()).add(c.kind(), c.text(), c.number());
                }
            }
        }
        List<Column> out = new ArrayList<>();
        tallies.forEach((col, t) -> {
            Column column = t.column(col);
            if (column.figures() > 0) {
                out.add(column);
            }
        });
        return out;
    }
}
