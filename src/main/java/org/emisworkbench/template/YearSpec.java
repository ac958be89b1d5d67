package org.emisworkbench.template;

import java.util.List;

/**
 * Where a workbook states its census year: a labelled cell (grid forms, banners) and/or the file
 * name. Values such as {@code 2024}, {@code 2024-2025} and {@code SY2024-25} all mean 2024.
 */
public record YearSpec(List<String> labels, boolean fromFileName) {
    public YearSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
