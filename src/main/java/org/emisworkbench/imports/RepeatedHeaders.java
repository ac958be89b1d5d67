package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetRow;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderText;

/**
 * A sheet's header found again among its data rows, as when blocks of rows are pasted in with their
 * header. Such a row is never a school called "School code" nor a pupil whose sex is "Sex": it is
 * reported ({@code REPEATED_HEADER}, with its row) and skipped. A row repeats the header when
 * <ul>
 *   <li>its school-code cell is a header or label text of the template or of the sheet's own header
 *       ({@link SchoolCodes}); or</li>
 *   <li>(rows without a code, and rosters of one school) at least two of its cells, and more than half
 *       of its non-blank cells, are the header texts of their own column, in either row of a two-row
 *       header.</li>
 * </ul>
 * When the repeated header differs from the sheet's (a block pasted from another layout), the columns
 * that differ are named: the rows below it are read under the sheet's header, so the officer checks them.
 *
 * <p>The same test tells where a form's table ends when the next block of the same table follows it with no blank
 * row between ({@link #ofTable}, {@link #startsOver}; decision 0057): every row of the table's header written again,
 * in the table's columns, with at least one word among them.
 */
final class RepeatedHeaders {
    /** Per header row: 1-based row number and normalised text by 0-based column. */
    private final List<Map<Integer, String>> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final SchoolCodes codes;
    /** The columns of a form's table ({@link #ofTable}); every column for a sheet's header. */
    private int fromCol;
    private int toCol = Integer.MAX_VALUE;

    private RepeatedHeaders(SchoolCodes codes) {
        this.codes = codes;
    }

    /**
     * @param sheetRows the sheet's first rows (at least down to the header), each its non-blank cells
     * @param codes     the school-code guard, with the sheet's headers; null for a roster of one school
     */
    static RepeatedHeaders of(List<List<Cell>> sheetRows, HeaderLayout header, SchoolCodes codes) {
        RepeatedHeaders r = new RepeatedHeaders(codes);
        for (int i = header.firstRow(); i <= header.lastRow() && i < sheetRows.size(); i++) {
            Map<Integer, String> texts = new HashMap<>();
            for (Cell c : sheetRows.get(i)) {
                String n = HeaderText.normalizeLabel(c.text());
                if (!n.isEmpty()) {
                    texts.put(c.col(), n);
                }
            }
            r.rows.add(texts);
            r.rowNumbers.add(i + 1);
        }
        return r;
    }

    /**
     * The header of a form's table, its filled rows from {@code firstRow} to {@code lastRow} (0-based: from under its
     * title to over its first row of figures, a banner such as {@code Classe} over numbered grades included), in columns
     * {@code fromCol} to {@code toCol}: the table's own columns, so that a block beside it is not taken for its header.
     */
    static RepeatedHeaders ofTable(List<List<Cell>> sheetRows, int firstRow, int lastRow, int fromCol, int toCol) {
        RepeatedHeaders r = new RepeatedHeaders(null);
        r.fromCol = fromCol;
        r.toCol = toCol;
        for (int i = Math.max(0, firstRow); i <= lastRow && i < sheetRows.size(); i++) {
            Map<Integer, String> texts = new HashMap<>();
            for (Cell c : sheetRows.get(i)) {
                String n = c.col() < fromCol || c.col() > toCol ? "" : HeaderText.normalizeLabel(shown(c));
                if (!n.isEmpty()) {
                    texts.put(c.col(), n);
                }
            }
            if (!texts.isEmpty()) { // a blank row under the title is no part of the header to be written again
                r.rows.add(texts);
                r.rowNumbers.add(i + 1);
            }
        }
        return r;
    }

    /**
     * True when the table's header starts over at row {@code r}: the next block of the same table, stacked right under
     * this one. Each header row is written again on the rows from {@code r} (at least two of its cells, and more than
     * half of the row's filled cells in the table's columns, the same text in the same column; a header row of one
     * cell, that cell alone), and one of the cells written again at least is a word: a row of figures that happen to
     * be the numbers of grades headed {@code 1 | 2 | 3} never repeats a header, whose row of sexes or heading of the
     * rows ({@code Age}, {@code Class}) it does not write.
     */
    boolean startsOver(List<List<Cell>> sheetRows, int r) {
        if (rows.isEmpty() || r + rows.size() > sheetRows.size()) {
            return false;
        }
        boolean word = false;
        for (int k = 0; k < rows.size(); k++) {
            Map<Integer, String> header = rows.get(k);
            if (header.isEmpty()) {
                continue;
            }
            List<Cell> row = sheetRows.get(r + k).stream().filter(c -> c.col() >= fromCol && c.col() <= toCol)
                    .toList();
            int[] same = compare(header, row.size(), i -> row.get(i).col(), i -> shown(row.get(i)));
            boolean repeated = header.size() == 1 ? same[0] == 1 && same[1] == 1 : same[0] >= 2 && 2 * same[0] > same[1];
            if (!repeated) {
                return false;
            }
            word |= same[2] > 0;
        }
        return word;
    }

    /**
     * True when the row repeats the header.
     *
     * @param key the text of the row's school-code cell ("" when blank or when the sheet has no key)
     */
    boolean repeats(SheetRow row, String key) {
        if (!key.isBlank()) {
            return codes != null && codes.isHeader(key);
        }
        return bestRow(row) >= 0;
    }

    /** The header row most of the row's cells repeat (index into {@link #rows}), or -1. */
    private int bestRow(SheetRow row) {
        int best = -1;
        int bestSame = 1;
        for (int h = 0; h < rows.size(); h++) {
            int[] same = compare(rows.get(h), row.size(), row::col,
                    i -> row.kind(i) == CellKind.BLANK ? "" : row.text(i));
            if (same[0] > bestSame && 2 * same[0] > same[1]) {
                best = h;
                bestSame = same[0];
            }
        }
        return best;
    }

    /**
     * How many of a row's {@code size} cells (column and text by index) hold their column's header text: those the
     * same, the row's filled cells, and the same ones that are words (holding a letter), in that order.
     */
    private static int[] compare(Map<Integer, String> header, int size, java.util.function.IntUnaryOperator col,
                                 java.util.function.IntFunction<String> text) {
        int filled = 0;
        int same = 0;
        int words = 0;
        for (int i = 0; i < size; i++) {
            String n = HeaderText.normalizeLabel(text.apply(i));
            if (n.isEmpty()) {
                continue;
            }
            filled++;
            if (n.equals(header.get(col.applyAsInt(i)))) {
                same++;
                words += n.chars().anyMatch(Character::isLetter) ? 1 : 0;
            }
        }
        return new int[] {same, filled, words};
    }

    /** A cell's text as the officer sees it: a number as shown ({@code 1}, not {@code 1.0}). */
    private static String shown(Cell c) {
        return c.kind() == CellKind.NUMBER ? c.shown() : c.text() == null ? "" : c.text();
    }

    /** Reports the row (at {@code col}, its code cell or first cell) and counts it as skipped. */
    void report(SheetRow row, int col, SheetProblems problems, CensusSink sink) {
        List<Cell> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.cell(i));
        }
        int h = Math.max(0, bestRow(row));
        Map<Integer, String> header = rows.get(h);
        List<Message> differ = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String n = HeaderText.normalizeLabel(row.text(i));
            String expected = header.get(row.col(i));
            if (!n.isEmpty() && expected != null && !n.equals(expected) && differ.size() < 5) {
                differ.add(Message.of("import.detail.headerDiffers", problems.name(row.index(), row.col(i)),
                        row.text(i).strip(), expected));
            }
        }
        Message detail = differ.isEmpty() ? Message.of("import.detail.headerRepeated", rowNumbers.get(h))
                : Message.of("import.detail.headerRepeatedDiffers", rowNumbers.get(h), differ);
        problems.report(ProblemKind.REPEATED_HEADER, row.index(), col, null, null, problems.describeRead(cells),
                detail);
        sink.skipped(problems.sheet(), row.index(), 1, SkipReason.REPEATED_HEADER);
    }
}
