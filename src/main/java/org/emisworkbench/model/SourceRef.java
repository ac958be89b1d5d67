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
