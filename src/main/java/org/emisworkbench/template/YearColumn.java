package org.emisworkbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.Message;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * The census year a column of the rows gives ({@code "year": {"columns": ["period"]}}): an export's {@code period}
 * holding {@code 2024}, {@code 2024-25} or {@code 2024/2025} on every row, read by the template's school-year rule
 * ({@link SchoolYears}). The column is found in the header rows of the visible sheets (the first
 * {@link HeaderLocator#SEARCH_ROWS}); every value below it is read. One file is one census year: rows giving several
 * years, or a value that is no year ({@code 2024Q1}), refuse the file, naming the cells (docs/templates.md, section
 * 10). A blank cell gives no year.
 */
public final class YearColumn {
    private YearColumn() {
    }

    /**
     * The one year the column gives, empty when no visible sheet has such a column.
     *
     * @throws WorkbookException the rows give several years, or a value is no year (nothing is imported)
     */
    public static OptionalInt read(WorkbookReader workbook, List<String> headers, SchoolYears years)
            throws WorkbookException {
        List<String> wanted = headers.stream().map(HeaderText::normalizeLabel).toList();
        String name = workbook.file() == null || workbook.file().getFileName() == null ? ""
                : workbook.file().getFileName().toString();
        Map<Integer, String> firstCell = new LinkedHashMap<>();
        for (SheetInfo sheet : workbook.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            int[] at = {-1, -1};
            List<String> bad = new ArrayList<>();
            workbook.read(sheet, row -> {
                if (at[0] < 0) {
                    if (row.index() >= HeaderLocator.SEARCH_ROWS) {
                        return false;
                    }
                    for (int i = 0; i < row.size(); i++) {
                        if (row.kind(i) == CellKind.TEXT && wanted.contains(HeaderText.normalizeLabel(row.text(i)))) {
                            at[0] = row.index();
                            at[1] = row.col(i);
                        }
                    }
                    return true;
                }
                int i = row.find(at[1]);
                if (i < 0 || CellValues.emptyCell(row.kind(i), row.text(i))) {
                    return true;
                }
                String cell = sheet.name() + "!" + CellRef.a1(row.index(), at[1]);
                String text = row.cell(i).shown();
                OptionalInt y = years.fromLabel(text);
                if (y.isEmpty()) {
                    bad.add(cell + " \"" + text + "\"");
                    return false;
                }
                firstCell.putIfAbsent(y.getAsInt(), cell);
                return true;
            });
            if (!bad.isEmpty()) {
                throw new WorkbookException(workbook.file(), WorkbookException.Reason.UNREADABLE,
                        Message.of("import.yearColumn.notYear", name, bad.get(0)), null);
            }
        }
        if (firstCell.size() > 1) {
            List<String> each = new ArrayList<>();
            firstCell.forEach((y, cell) -> each.add(y + " (" + cell + ")"));
            throw new WorkbookException(workbook.file(), WorkbookException.Reason.UNREADABLE,
                    Message.of("import.yearColumn.several", name, String.join(", ", each)), null);
        }
        return firstCell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(firstCell.keySet().iterator().next());
    }
}
