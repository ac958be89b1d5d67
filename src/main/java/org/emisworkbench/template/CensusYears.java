package org.emisworkbench.template;

import java.util.List;
import java.util.OptionalInt;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.SheetInfo;
import org.emisworkbench.workbook.WorkbookException;
import org.emisworkbench.workbook.WorkbookReader;

/**
 * The census year a workbook states, as its template says where: the value of a labelled cell in the
 * first rows of its sheets ({@code Census year: 2024-2025}), else the file name ({@code D01-2024.xlsx}).
 */
public final class CensusYears {
    /** Rows of each sheet searched for the year label. */
    static final int ROWS = 60;

    private CensusYears() {
    }

    public static OptionalInt detect(WorkbookReader workbook, Template template) throws WorkbookException {
        YearSpec spec = template.year();
        if (spec == null) {
            return OptionalInt.empty();
        }
        SchoolYears years = SchoolYears.of(template);
        if (!spec.labels().isEmpty()) {
            for (SheetInfo sheet : workbook.sheets()) {
                if (!sheet.visible()) {
                    continue;
                }
                OptionalInt year = fromLabel(SheetNames.firstRows(workbook, sheet, ROWS), spec.labels(), years);
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return spec.fromFileName() && workbook.file() != null && workbook.file().getFileName() != null
                ? years.fromFileName(workbook.file().getFileName().toString()) : OptionalInt.empty();
    }

    /** The year right of (or below) a year label among the rows, if any. */
    static OptionalInt fromLabel(List<List<Cell>> rows, List<String> labels, SchoolYears years) {
        Cell label = FormCells.findLabel(rows, labels);
        if (label == null) {
            return OptionalInt.empty();
        }
        for (Cell c : rows.get(label.row())) {
            if (c.col() > label.col()) {
                return years.fromLabel(c.text());
            }
        }
        if (label.row() + 1 < rows.size()) {
            for (Cell c : rows.get(label.row() + 1)) {
                if (c.col() == label.col()) {
                    return years.fromLabel(c.text());
                }
            }
        }
        return OptionalInt.empty();
    }
}
