package org.emisworkbench.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * A workbook as an interpreter reads it, remembering which sheets it read, so that the hidden rows the
 * reader left out are reported for those sheets only (choosing a template reads sheets the template then
 * leaves alone; their hidden rows are no loss).
 */
public final class SheetsRead implements WorkbookReader {
    /** The hidden rows (0-based) left out of one sheet the import read. */
    public record HiddenRows(String sheet, List<Integer> rows) {
        public HiddenRows {
            rows = List.copyOf(rows);
        }

        /** Rows as Excel numbers them, runs joined: {@code 2, 9–11}. */
        public String excelRows() {
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

    private final WorkbookReader workbook;
    private final Map<String, SheetInfo> read = new LinkedHashMap<>();

    public SheetsRead(WorkbookReader workbook) {
        this.workbook = workbook;
    }

    @Override
    public Path file() {
        return workbook.file();
    }

    @Override
    public List<SheetInfo> sheets() {
        return workbook.sheets();
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws WorkbookException {
        read.put(sheet.name(), sheet);
        workbook.read(sheet, handler);
    }

    @Override
    public SheetGrid grid(SheetInfo sheet, int maxCells) throws WorkbookException {
        read.put(sheet.name(), sheet);
        return workbook.grid(sheet, maxCells);
    }

    @Override
    public SortedSet<Integer> hiddenRowsLeftOut(SheetInfo sheet) {
        return workbook.hiddenRowsLeftOut(sheet);
    }

    @Override
    public int estimatedRows(SheetInfo sheet) {
        return workbook.estimatedRows(sheet);
    }

    /**
     * Counts the hidden rows left out of the sheets read as skipped rows ({@link SkipReason#HIDDEN_ROW}) and
     * returns them by sheet, for the import's warning.
     */
    public List<HiddenRows> reportHiddenRows(CensusSink sink) {
        List<HiddenRows> out = new ArrayList<>();
        for (SheetInfo sheet : read.values()) {
            SortedSet<Integer> rows = workbook.hiddenRowsLeftOut(sheet);
            if (!rows.isEmpty()) {
                sink.skipped(sheet.name(), rows.first(), rows.size(), SkipReason.HIDDEN_ROW);
                out.add(new HiddenRows(sheet.name(), new ArrayList<>(rows)));
            }
        }
        return out;
    }

    /** The workbook is closed by whoever opened it. */
    @Override
    public void close() {
    }
}
