package org.emisworkbench.template;

import java.util.List;

/**
 * Where a workbook states its census year: a labelled cell (grid forms, banners) and/or the file
 * name, and which calendar year a school-year label names.
 *
 * @param labels       labels of the cell holding the year
 * @param fromFileName true when the file name may give the year
 * @param schoolYear   which calendar year a two-year label ({@code 2024-2025}, {@code SY2024-25}) means as
 *                     census year: {@code start} (2024, the default) or {@code end} (2025)
 */
public record YearSpec(List<String> labels, boolean fromFileName, String schoolYear) {
    public YearSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A year spec whose school-year labels mean their first calendar year. */
    public YearSpec(List<String> labels, boolean fromFileName) {
        this(labels, fromFileName, null);
    }
}
