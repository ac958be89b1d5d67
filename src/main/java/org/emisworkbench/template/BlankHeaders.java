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

    /**
     * A blank-headed column's header as the sheet writes it, as the import and the template check both name it: the
     * texts of the header cells spanning it ({@link #spanning}) then the words standing under the header rows taken
     * ({@code Class 1 Male Rep}); empty when no word stands under it (a column with no header at all, said
     * "(no header)").
     *
     * @param under the words under the header rows in the column, joined by spaces; null or empty when none
     */
    public static String header(List<List<Cell>> headerRows, int col, String under) {
        if (under == null || under.isEmpty()) {
            return "";
        }
        String span = spanning(headerRows, col);
        return span.isEmpty() ? under : span + " " + under;
    }

    /**
     * A column's own header, read but not by the template, as the import and the template check both name it: when it
     * is the first column of a merged parent whose next column has a blank header with words under it ({@code
     * Certified} merged over {@code M | F}, the {@code F} column named {@code Certified F}), the words under it
     * are its sub-header too ({@code Certified M}); else the header as it is (review 21).
     *
     * @param under     the words under the header rows in the column, or null
     * @param nextUnder the words under the header rows in the next column when that column's header is blank, or null
     */
    public static String ownHeader(String header, String under, String nextUnder) {
        if (under == null || under.isEmpty() || nextUnder == null || nextUnder.isEmpty()) {
            return header;
        }
        return header + " " + under;
    }

    /**
     * The texts of the header cells to the left of column {@code c} on each header row, top to bottom, as merged cells
     * spanning it hold them ({@code Class 1 Male}); empty when every header row is blank up to the sheet's edge.
     */
    public static String spanning(List<List<Cell>> headerRows, int c) {
        StringBuilder sb = new StringBuilder();
        for (List<Cell> row : headerRows) {
            Cell left = null;
            for (Cell cell : row) {
                if (cell.col() <= c && !cell.isBlank()) {
                    left = cell;
                }
            }
            if (left != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(left.text().strip().replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    /**
     * The words in column {@code col} on the rows between the header rows taken and the first school's row (a row
     * with a figure, or with its key cell filled), joined by spaces ({@code Rep} under {@code Male}); null when none.
     * Over a sheet's first rows, for the template check; the import gathers them as it streams, by the same rule.
     */
    public static String wordsUnder(List<List<Cell>> rows, int lastHeaderRow, int col, int keyCol) {
        StringBuilder sb = new StringBuilder();
        for (int r = lastHeaderRow + 1; r < rows.size(); r++) {
            String word = null;
            for (Cell c : rows.get(r)) {
                if (c.isBlank()) {
                    continue;
                }
                if (c.kind() == CellKind.NUMBER || c.col() == keyCol
                        || c.kind() == CellKind.TEXT && CellValues.count(c.kind(), c.text(), c.number()) >= 0) {
                    return sb.length() == 0 ? null : sb.toString();
                }
                if (c.col() == col && c.kind() == CellKind.TEXT) {
                    word = c.text().strip().replace('\n', ' ');
                }
            }
            if (word != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(word);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
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
