package org.emisworkbench.template;

import java.util.List;
import java.util.Map;

/**
 * How one sheet of a workbook is read, column by column: the editable form of a wide sheet spec,
 * drafted by {@link TemplateDrafter} and changed by the officer on the mapping screen.
 *
 * @param sheet        the sheet's name
 * @param firstRow     0-based first header row
 * @param lastRow      0-based last header row (the lower row of a two-row header); data starts below
 * @param headerRowSet true to write the header row into the template instead of letting the reader find it
 * @param columns      every column with a header, read or not, in column order
 * @param constants    fields set to one value for every school of the sheet (JSON {@code constants})
 * @param sums         fields read as the sum of columns (JSON {@code sumOf})
 * @param tables       the tables stacked under the first one (JSON {@code tables}) as the officer set them, or null
 *                     to take those the drafter finds ({@link StackedTables#find}) under the header as it stands
 * @param across       true for a sheet of one column per school, read on its side ({@link SchoolsAcross}): rows and
 *                     columns here are those of the view (a "column" is a row of the sheet); JSON {@code schoolsIn}
 * @param groupRows    the school attribute rows heading a group of schools give the schools below them, as the officer
 *                     set it (JSON {@code groupRows}, {@link GroupRows}); {@link #NO_GROUP_ROWS} when the officer said
 *                     none; null to take what the drafter finds ({@link TemplateDrafter#draftedGroupRows})
 */
public record SheetMapping(String sheet, int firstRow, int lastRow, boolean headerRowSet, List<ColumnMapping> columns,
                           Map<String, String> constants, List<SumMapping> sums, List<StackedTable> tables,
                           boolean across, String groupRows) {
    /** {@link #groupRows()} when the officer said that no row heads a group of schools the sheet reads. */
    public static final String NO_GROUP_ROWS = "";

    public SheetMapping {
        columns = List.copyOf(columns);
        constants = constants == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(constants));
        sums = sums == null ? List.of() : List.copyOf(sums);
        tables = tables == null ? null : List.copyOf(tables);
    }

    /** A sheet whose rows heading groups of schools give them what the drafter finds. */
    public SheetMapping(String sheet, int firstRow, int lastRow, boolean headerRowSet, List<ColumnMapping> columns,
                        Map<String, String> constants, List<SumMapping> sums, List<StackedTable> tables,
                        boolean across) {
        this(sheet, firstRow, lastRow, headerRowSet, columns, constants, sums, tables, across, null);
    }

    /** A sheet whose stacked tables are those the drafter finds. */
    public SheetMapping(String sheet, int firstRow, int lastRow, boolean headerRowSet, List<ColumnMapping> columns,
                        Map<String, String> constants, List<SumMapping> sums) {
        this(sheet, firstRow, lastRow, headerRowSet, columns, constants, sums, null, false);
    }

    /** A sheet of one row per school. */
    public SheetMapping(String sheet, int firstRow, int lastRow, boolean headerRowSet, List<ColumnMapping> columns,
                        Map<String, String> constants, List<SumMapping> sums, List<StackedTable> tables) {
        this(sheet, firstRow, lastRow, headerRowSet, columns, constants, sums, tables, false);
    }

    /** The same mapping, of a sheet read on its side (one column per school). */
    public SheetMapping onItsSide() {
        return new SheetMapping(sheet, firstRow, lastRow, headerRowSet, columns, constants, sums, tables, true, groupRows);
    }

    /** The key column, or null when none is set. */
    public ColumnMapping keyColumn() {
        return columns.stream().filter(ColumnMapping::key).findFirst().orElse(null);
    }

    /**
     * True when column {@code c} is left unread as another school year of a column this sheet reads as {@value
     * YearBands#THIS_YEAR} ({@code 2023 Grade 1 Boys} beside {@code {year} Grade 1 Boys}, {@code Ano anterior …}
     * beside {@code Ano actual …}): last year's figures, left out on purpose and read when that year is imported.
     */
    public boolean otherYear(ColumnMapping c) {
        String family = c.reads() || c.header() == null ? null : YearBands.anyYearAsThisYear(TemplateDrafter.oneLine(c.header()));
        if (family == null) {
            return false;
        }
        String key = HeaderText.normalizeLabel(family);
        return columns.stream().anyMatch(r -> r.reads() && r.header() != null && r.header().contains(YearBands.THIS_YEAR)
                && HeaderText.normalizeLabel(TemplateDrafter.oneLine(r.header())).equals(key));
    }

    /** The same sheet with column {@code index} of {@link #columns()} replaced. */
    public SheetMapping with(int index, ColumnMapping column) {
        List<ColumnMapping> list = new java.util.ArrayList<>(columns);
        if (column.key()) {
            // One key per sheet: the former key column is no longer read.
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).key()) {
                    list.set(i, ColumnMapping.unread(list.get(i).col(), list.get(i).header()));
                }
            }
        }
        list.set(index, column);
        return new SheetMapping(sheet, firstRow, lastRow, headerRowSet, list, constants, sums, tables, across, groupRows);
    }

    /** The same sheet with other constants and sums. */
    public SheetMapping withExtras(Map<String, String> newConstants, List<SumMapping> newSums) {
        return new SheetMapping(sheet, firstRow, lastRow, headerRowSet, columns, newConstants, newSums, tables, across,
                groupRows);
    }

    /** The same sheet with its stacked tables set (null: those the drafter finds). */
    public SheetMapping withTables(List<StackedTable> newTables) {
        return new SheetMapping(sheet, firstRow, lastRow, headerRowSet, columns, constants, sums, newTables, across,
                groupRows);
    }

    /**
     * The same sheet with the attribute its rows heading groups of schools give them set by the officer
     * ({@link #NO_GROUP_ROWS}: none; null: what the drafter finds).
     */
    public SheetMapping withGroupRows(String attribute) {
        return new SheetMapping(sheet, firstRow, lastRow, headerRowSet, columns, constants, sums, tables, across,
                attribute);
    }
}
