package org.emisworkbench.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.emisworkbench.model.HiddenRows;
import org.emisworkbench.workbook.RowHandler;
import org.emisworkbench.workbook.SheetGrid;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * A workbook as an interpreter reads it, remembering which sheets it read, so that the hidden rows met are
 * reported for those sheets only (choosing a template reads sheets the template then leaves alone).
 */
public final class SheetsRead implements WorkbookReader {
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
    public boolean filtered(SheetInfo sheet) {
        return workbook.filtered(sheet);
    }

    @Override
    public SortedSet<Integer> hiddenRows(SheetInfo sheet) {
        return workbook.hiddenRows(sheet);
    }

    @Override
    public int estimatedRows(SheetInfo sheet) {
        return workbook.estimatedRows(sheet);
    }

    /** The hidden rows with cells of the sheets read, by sheet, for the import's warning. */
    public List<HiddenRows> hiddenRows() {
        return hiddenRows(Map.of());
    }

    /**
     * As {@link #hiddenRows()}, with the hidden rows the reading set aside as a school's repeated row
     * ({@code repeated}: rows skipped as {@code REPEATED_SCHOOL}, by sheet): a visible row of the school was
     * imported instead.
     */
    public List<HiddenRows> hiddenRows(Map<String, ? extends java.util.Collection<Integer>> repeated) {
        List<HiddenRows> out = new ArrayList<>();
        for (SheetInfo sheet : read.values()) {
            SortedSet<Integer> rows = workbook.hiddenRows(sheet);
            if (!rows.isEmpty()) {
                java.util.Collection<Integer> again = repeated.containsKey(sheet.name()) ? repeated.get(sheet.name())
                        : List.of();
                out.add(new HiddenRows(sheet.name(), new ArrayList<>(rows), rows.stream().filter(again::contains)
                        .toList(), workbook.filtered(sheet)));
            }
        }
        return out;
    }

    /**
     * The sheets a sheet entry of the template matches ({@code "names": ["EP1", "EP2"]}, {@code "*"}) but that
     * were not read, one warning each: an entry reads one sheet unless it says {@code "every": true}, and the
     * figures of the others must not be left out without a word.
     */
    public List<org.emisworkbench.model.Message> sheetsNotRead(org.emisworkbench.template.Template template) {
        List<org.emisworkbench.model.Message> out = new ArrayList<>();
        for (SheetInfo sheet : workbook.sheets()) {
            if (read.containsKey(sheet.name())) {
                continue;
            }
            for (org.emisworkbench.template.SheetSpec spec : template.sheets()) {
                if (org.emisworkbench.template.SheetNames.matches(sheet, spec.names())) {
                    List<String> readOfEntry = read.values().stream()
                            .filter(s -> org.emisworkbench.template.SheetNames.matches(s, spec.names()))
                            .map(SheetInfo::name).toList();
                    out.add(org.emisworkbench.model.Message.of("import.sheetNotRead", sheet.name(),
                            String.join(", ", spec.names()), readOfEntry.isEmpty() ? "–" : String.join(", ", readOfEntry)));
                    break;
                }
            }
        }
        return out;
    }

    /** The workbook is closed by whoever opened it. */
    @Override
    public void close() {
    }
}
