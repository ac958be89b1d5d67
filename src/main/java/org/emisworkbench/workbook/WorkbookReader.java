package org.emisworkbench.workbook;

import java.nio.file.Path;
import java.util.List;

/**
 * An open workbook (.xlsx, .xlsm or .xls). Large sheets are streamed row by row with {@link #read};
 * small ones can be held whole with {@link #grid}. Open one with {@code Workbooks.open(path)}.
 * Not thread-safe.
 */
public interface WorkbookReader extends AutoCloseable {
    Path file();

    /** All sheets, visible or not, in workbook order. */
    List<SheetInfo> sheets();

    /**
     * Streams the rows of a sheet in order, each once; rows with no cells may be skipped. Stops when the
     * handler returns false.
     */
    void read(SheetInfo sheet, RowHandler handler) throws WorkbookException;

    /**
     * The whole sheet in memory with its merged regions. Refuses (TOO_LARGE) a sheet with more than
     * {@code maxCells} non-blank cells, so a form sheet with a million rows cannot exhaust memory.
     */
    SheetGrid grid(SheetInfo sheet, int maxCells) throws WorkbookException;

    /**
     * The rows of {@code sheet} that Excel hides and that hold cells: {@link #read} and {@link #grid} hand
     * them on like any row (Excel's own sums count them) and the import names them in a warning. 0-based,
     * in order; only rows met by a read so far.
     */
    /**
     * True when a filter of the sheet (its autoFilter, or a table's filtered column) may hide rows: its hidden rows
     * are then said to be hidden by the filter. False when unknown (.xls).
     */
    default boolean filtered(SheetInfo sheet) {
        return false;
    }

    default java.util.SortedSet<Integer> hiddenRows(SheetInfo sheet) {
        return java.util.Collections.emptySortedSet();
    }

    /**
     * The columns of {@code sheet} that Excel hides (0-based), as the sheet declares them: {@link #read} and
     * {@link #grid} hand their cells on like any other, and the import names those it took a figure from. Known
     * without reading the sheet's rows; empty when none (or when the sheet cannot be read). A copy: the caller may
     * keep it.
     */
    default java.util.BitSet hiddenColumns(SheetInfo sheet) {
        return new java.util.BitSet();
    }

    /**
     * Cells of a sheet whose formula takes its value from another workbook, met by a read so far: never followed
     * (no other file is opened); {@code withValue} give the value this file saved, {@code withoutValue} none.
     */
    record LinkedCells(java.util.List<String> withValue, java.util.List<String> withoutValue) {
        public boolean isEmpty() {
            return withValue.isEmpty() && withoutValue.isEmpty();
        }
    }

    default LinkedCells linkedCells(SheetInfo sheet) {
        return new LinkedCells(java.util.List.of(), java.util.List.of());
    }

    /**
     * The merged regions of {@code sheet} as its last {@link #read} met them: an .xlsx lists them after its rows, so
     * they are known only once the rows are read (and the read went to the end). A streaming reader drops what it
     * read from a cell merged across figures once it knows them (decision 0104). Empty before a read, or when none.
     */
    default List<CellRange> mergedRegions(SheetInfo sheet) {
        return List.of();
    }

    /** Rows the sheet declares (its dimension), or -1 when unknown: for progress only, never trusted. */
    default int estimatedRows(SheetInfo sheet) {
        return -1;
    }

    @Override
    void close();
}
