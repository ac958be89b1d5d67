package org.emisworkbench.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a stored value came from: the file, the sheet and the cell in A1 notation (or a range). */
public record SourceRef(String file, String sheet, String cell) {
    /** A cell's column and row at the start of its text ({@code C10}, {@code $C$10}, {@code C5:C40}, {@code C5+E5}). */
    private static final Pattern A1 = Pattern.compile("^\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})");

    /**
     * The order in which an officer reads cells: by file, then sheet, then row and column as numbers ({@code C6}
     * before {@code C10}, {@code Z5} before {@code AA5}); a cell that is no A1 reference (a template constant)
     * after the others of its sheet, by its text.
     */
    public static final Comparator<SourceRef> READING_ORDER = Comparator
            .comparing(SourceRef::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(SourceRef::sheet, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingLong(SourceRef::rowThenColumn)
            .thenComparing(SourceRef::cell, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /**
     * Turns a stored slot source into a full reference: {@code F} is a column of the record's row
     * (1-based row_no), {@code F17} a cell of the record's sheet, {@code Sheet!C5:C40} a full one. A sum
     * of columns names each ({@code C+E} is {@code C5+E5}), as does a difference ({@code C-D} is {@code C5-D5}); a default keeps its note ({@code F (default)}
     * is {@code F5 (default)}); a constant has no cell ({@code template constant}).
     */
    public static SourceRef resolve(String file, String sheet, int rowNo, String source) {
        int bang = source.lastIndexOf('!');
        // A sum across sheets (B5+SC!B5: blocks that add up on two sheets, decision 0090) is the record's sheet's,
        // the other sheets' cells named as written; its last '!' splits no sheet from a cell.
        if (bang >= 0 && !CROSS_SHEET_SUM.matcher(source).lookingAt()) {
            return new SourceRef(file, source.substring(0, bang), source.substring(bang + 1));
        }
        int space = source.indexOf(' ');
        String head = space < 0 ? source : source.substring(0, space);
        String tail = space < 0 ? "" : source.substring(space);
        if (rowNo > 0 && COLUMNS.matcher(head).matches()) {
            StringBuilder cells = new StringBuilder();
            // Kept with their signs: "C-D" is a total for both sexes less one sex (decision 0044).
            for (String col : head.split("(?=[+-])")) {
                String sign = col.startsWith("+") || col.startsWith("-") ? col.substring(0, 1) : "";
                cells.append(sign).append(new CellRef(sheet, rowNo - 1, CellRef.columnIndex(col.substring(sign.length()))).a1());
            }
            return new SourceRef(file, sheet, cells + tail);
        }
        return new SourceRef(file, sheet, source);
    }

    /** A sum starting with a cell of the record's sheet, before any other sheet's name ({@code B5+SC!B5}). */
    private static final Pattern CROSS_SHEET_SUM = Pattern.compile("\\$?[A-Z]{1,3}\\$?\\d{1,7}\\+");

    /** Column letters of the record's row: one column, several added ({@code C+E}), or one less another ({@code C-D}). */
    private static final java.util.regex.Pattern COLUMNS = java.util.regex.Pattern.compile("[A-Z]{1,3}([+-][A-Z]{1,3})*");

    /** A cell or a range of cells ({@code C5}, {@code C5:C40}) anywhere in a reference's text, not at its start only. */
    private static final Pattern AREA = Pattern.compile(
            "(?:([^+\\-!:]+)!)?\\$?([A-Z]{1,3})\\$?(\\d{1,7})(?::\\$?([A-Z]{1,3})\\$?(\\d{1,7}))?");

    /**
     * Every cell or range the reference names, each as its top-left and bottom-right cells: {@code C5+E5} is C5 and
     * E5, {@code C5:C40} one range, {@code F5 (default)} F5, {@code B5+SC!B5} (blocks adding up across sheets, decision
     * 0090) B5 of the reference's sheet and B5 of sheet SC; none for a template constant or without a sheet.
     */
    public java.util.List<CellRef[]> areas() {
        java.util.List<CellRef[]> out = new java.util.ArrayList<>();
        if (cell == null || sheet == null) {
            return out;
        }
        Matcher m = AREA.matcher(cell);
        while (m.find()) {
            String on = m.group(1) != null ? m.group(1) : sheet;
            int row = Integer.parseInt(m.group(3)) - 1;
            int col = CellRef.columnIndex(m.group(2));
            int lastRow = m.group(5) == null ? row : Integer.parseInt(m.group(5)) - 1;
            int lastCol = m.group(4) == null ? col : CellRef.columnIndex(m.group(4));
            if (row >= 0 && lastRow >= 0) {
                out.add(new CellRef[] {new CellRef(on, Math.min(row, lastRow), Math.min(col, lastCol)),
                    new CellRef(on, Math.max(row, lastRow), Math.max(col, lastCol))});
            }
        }
        return out;
    }

    /** {@code Pupils!F17}, the way officers quote a cell. */
    public String sheetCell() {
        return sheet + "!" + cell;
    }

    /**
     * The first cell the reference names ({@code C10} of {@code C10+E10}, {@code C5} of {@code C5:C40}), or null when
     * it names none (a template constant) or has no sheet.
     */
    public CellRef firstCell() {
        Matcher m = cell == null || sheet == null ? null : A1.matcher(cell.strip());
        if (m == null || !m.find()) {
            return null;
        }
        int row = Integer.parseInt(m.group(2)) - 1;
        return row < 0 ? null : new CellRef(sheet, row, CellRef.columnIndex(m.group(1)));
    }

    /** The row, then the column, of the cell's first reference as one number; the largest when it has none. */
    private long rowThenColumn() {
        Matcher m = cell == null ? null : A1.matcher(cell.strip());
        if (m == null || !m.find()) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(m.group(2)) * 100_000L + CellRef.columnIndex(m.group(1));
    }

    @Override
    public String toString() {
        return file + " " + sheetCell();
    }
}
