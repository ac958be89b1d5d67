package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emisworkbench.imports.excel.Cell;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderLocator;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.SheetSpec;

/**
 * A roster sheet (pupils or staff) below its header: which column holds which person field, the
 * grade-taught columns, and the data rows (blank rows skipped).
 */
final class RosterTable {
    final FormSheet form;
    final HeaderLayout header;
    private final Map<String, Integer> columnOf = new HashMap<>();
    /** Grade-taught columns: 0-based column → grade code. */
    final Map<Integer, String> gradeColumns = new HashMap<>();
    final List<Integer> dataRows = new ArrayList<>();

    private RosterTable(FormSheet form, HeaderLayout header, SheetSpec spec) {
        this.form = form;
        this.header = header;
        HeaderMatcher.Match[] by = header.byColumn();
        for (int c = 0; c < by.length; c++) {
            if (by[c] == null || by[c].column() < 0) {
                continue;
            }
            String field = spec.columns().get(by[c].column()).field().toLowerCase(java.util.Locale.ROOT);
            if (field.endsWith(".grade_taught")) {
                gradeColumns.put(c, by[c].grade());
            } else {
                columnOf.putIfAbsent(field, c);
            }
        }
        for (int r = header.lastRow() + 1; r < form.rows.size(); r++) {
            if (!form.rows.get(r).isEmpty()) {
                dataRows.add(r);
            }
        }
    }

    /** The table, or null when no header row matches the spec. */
    static RosterTable of(FormSheet form, SheetSpec spec, HeaderMatcher m) {
        HeaderLayout h = HeaderLocator.locate(form.rows, m, spec.headerRow());
        return h == null ? null : new RosterTable(form, h, spec);
    }

    /** Column of a field such as {@code pupil.sex}, or -1. */
    int column(String field) {
        return columnOf.getOrDefault(field, -1);
    }

    /** The non-blank cell of a field in a row, or null. */
    Cell cell(int row, String field) {
        int c = column(field);
        return c < 0 ? null : form.at(row, c);
    }

    /** The aggregated range of a column, e.g. {@code Pupils!E2:E230}: the source of aggregate values. */
    String range(String field) {
        int c = column(field);
        if (c < 0 || dataRows.isEmpty()) {
            return null;
        }
        String letters = CellRef.columnLetters(c);
        return form.name() + "!" + letters + (dataRows.get(0) + 1) + ":" + letters
                + (dataRows.get(dataRows.size() - 1) + 1);
    }

    /** Fields of the spec's {@code required} list with no column. */
    List<String> missing(SheetSpec spec) {
        return spec.required().stream().filter(f -> column(f) < 0 && !f.endsWith(".grade_taught")).toList();
    }
}
