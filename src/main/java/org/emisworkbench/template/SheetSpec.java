package org.emisworkbench.template;

import java.util.List;

/**
 * What to read from one sheet.
 *
 * @param names      sheet-name aliases, matched ignoring case and spacing; {@code "*"} any visible sheet
 * @param optional   true when a workbook without this sheet is still acceptable
 * @param headerRow  1-based header row; when null the reader finds it within the first 20 rows
 * @param key        wide/roster/population: header aliases of the key column (school code, area code)
 * @param kind       roster only: {@code pupils} or {@code staff}
 * @param columns    wide/roster: the columns to read
 * @param labels     grid/roster: labelled cells of a header block (value right of, or below, the label)
 * @param grids      grid: age × grade × sex grids
 * @param required   canonical fields that must be found, else the whole file is rejected
 * @param constants  fields set to one value for every school read from this sheet (e.g.
 *                   {@code school.level = primary} when the sheet has no level column); overrides the
 *                   template's own {@code constants}
 * @param ignore     headers of columns left out on purpose ({@link IgnoredHeaders}): never reported as unmatched
 */
public record SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                        List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids,
                        List<String> required, java.util.Map<String, String> constants, List<String> ignore) {
    public SheetSpec {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        names = names == null ? List.of("*") : List.copyOf(names);
        key = key == null ? List.of() : List.copyOf(key);
        columns = columns == null ? List.of() : List.copyOf(columns);
        labels = labels == null ? List.of() : List.copyOf(labels);
        grids = grids == null ? List.of() : List.copyOf(grids);
        required = required == null ? List.of() : List.copyOf(required);
        constants = constants == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(constants));
    }

    /** A sheet without columns left out on purpose. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required,
                     java.util.Map<String, String> constants) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, constants, null);
    }

    /** A sheet without constants. */
    public SheetSpec(List<String> names, boolean optional, Integer headerRow, List<String> key, String kind,
                     List<ColumnSpec> columns, List<LabelSpec> labels, List<GridSpec> grids, List<String> required) {
        this(names, optional, headerRow, key, kind, columns, labels, grids, required, null, null);
    }
}
