package org.emisworkbench.template;

import java.util.List;

/**
 * Where a workbook states its census year: a labelled cell (grid forms, banners), a column of its rows (an
 * export's {@code period}) and/or the file name, and which calendar year a school-year label names.
 *
 * @param labels       labels of the cell holding the year
 * @param fromFileName true when the file name may give the year
 * @param schoolYear   which calendar year a two-year label ({@code 2024-2025}, {@code SY2024-25}) means as
 *                     census year: {@code start} (2024, the default) or {@code end} (2025)
 * @param columns      headers of a column giving each row's year ({@code period}); every row must give the same
 *                     one ({@link YearColumn})
 */
public record YearSpec(List<String> labels, boolean fromFileName, String schoolYear, List<String> columns) {
    public YearSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A year spec without a year column. */
    public YearSpec(List<String> labels, boolean fromFileName, String schoolYear) {
        this(labels, fromFileName, schoolYear, null);
    }

    /** A year spec whose school-year labels mean their first calendar year. */
    public YearSpec(List<String> labels, boolean fromFileName) {
        this(labels, fromFileName, null, null);
    }
}
