package org.emisworkbench.imports;

import org.emisworkbench.template.CensusHeaders;
import org.emisworkbench.template.SerialColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.workbook.CellsRow;
import org.emisworkbench.workbook.CellKind;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.Message;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolNames;
import org.emisworkbench.template.ColumnSpec;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderLocator;
import org.emisworkbench.template.HeaderMatcher;
import org.emisworkbench.template.IgnoredHeaders;
import org.emisworkbench.template.SheetSpec;

/**
 * A roster sheet (pupils or staff) below its header: which column holds which person (or, with a key,
 * school) field, the grade-taught columns, and the data rows (blank rows skipped). With a {@code key}
 * the rows are grouped by the school code of the key column: one roster may hold many schools.
 */
final class RosterTable {
    final FormSheet form;
    final HeaderLayout header;
    private final Map<String, Integer> columnOf = new HashMap<>();
    /** The code list a column names for its field ({@code codeList}), by field. */
    private final Map<String, String> listOf = new HashMap<>();
    /** Grade-taught columns: 0-based column → grade code. */
    final Map<Integer, String> gradeColumns = new HashMap<>();
    final List<Integer> dataRows = new ArrayList<>();
    /**
     * The columns whose value a cell merged down over a school's or a grade's rows gives to every row it spans: the
     * school code and the person's grade, sex, date of birth and age. A register sorted by grade merges the grade
     * over its pupils (review 32); Excel shows that value on each of them, so each pupil is read with it.
     */
    static final java.util.Set<String> MERGED_DOWN = java.util.Set.of("pupil.grade", "pupil.sex", "pupil.birth_date",
            "pupil.age", "staff.sex", "staff.birth_date", "staff.age");
    /** The first cell of a merge over the column, by the position (row << 20 | column) of each cell below it. */
    private final Map<Long, Cell> underMerge = new HashMap<>();
    /** With {@code keyContinues}: a row without a school code is the school's of the row above (decision 0107). */
    private final boolean continuesKey;

    private RosterTable(FormSheet form, HeaderLayout header, SheetSpec spec) {
        this.form = form;
        this.header = header;
        this.continuesKey = spec.continuesKey();
        HeaderMatcher.Match[] by = header.byColumn();
        for (int c = 0; c < by.length; c++) {
            if (by[c] == null || by[c].column() < 0) {
                continue;
            }
            ColumnSpec col = spec.columns().get(by[c].column());
            String field = col.field().toLowerCase(Locale.ROOT);
            if (field.endsWith(".grade_taught")) {
                gradeColumns.put(c, by[c].grade());
            } else if (columnOf.putIfAbsent(field, c) == null && col.codeList() != null) {
                listOf.put(field, col.codeList());
            }
        }
        for (int r = header.lastRow() + 1; r < form.rows.size(); r++) {
            if (!form.rows.get(r).isEmpty()) {
                dataRows.add(r);
            }
        }
        java.util.Set<Integer> mergedDown = new java.util.HashSet<>();
        if (header.keyColumn() >= 0) {
            mergedDown.add(header.keyColumn());
        }
        MERGED_DOWN.forEach(f -> {
            if (column(f) >= 0) {
                mergedDown.add(column(f));
            }
        });
        for (org.emisworkbench.workbook.CellRange m : form.grid.mergedRegions()) {
            // A merge from within the list, down over rows below its first cell (a merge across a header row is
            // the header's); its value is read at the merge's first cell, in the merge's first column.
            Cell first = m.lastRow() > m.firstRow() && m.firstRow() > header.lastRow()
                    && mergedDown.contains(m.firstCol()) ? form.at(m.firstRow(), m.firstCol()) : null;
            for (int r = m.firstRow() + 1; first != null && r <= m.lastRow(); r++) {
                underMerge.put(CellKeys.of(r, m.firstCol()), first);
            }
        }
    }

    /** The table, or null when no header row matches the spec. */
    static RosterTable of(FormSheet form, SheetSpec spec, HeaderMatcher m) {
        HeaderLayout h = HeaderLocator.locate(form.rows, m, spec.headerRow(), spec.headerRows());
        return h == null ? null : new RosterTable(form, h, spec);
    }

    /**
     * The list of people standing on a form's sheet under its tables ({@link FormUnreadList}, issue #11): its
     * header row and rows down to the first blank one, read as a list's sheet is; null when the spec's columns do not
     * match that header or a column it requires is missing. Its cells are then the template's (not reported unread).
     */
    static RosterTable onForm(FormSheet form, SheetSpec spec, HeaderMatcher m) {
        for (org.emisworkbench.template.PeopleLists.PeopleList list : FormUnreadList.find(form)) {
            FormSheet window = form.rows(list.headerRow(), list.lastRow());
            HeaderLayout h = HeaderLocator.locate(window.rows, m, list.headerRow() + 1, 1);
            if (h == null) {
                continue;
            }
            RosterTable table = new RosterTable(window, h, spec);
            if (table.missing(spec).isEmpty()) {
                for (int r = list.headerRow(); r <= list.lastRow(); r++) {
                    window.rows.get(r).forEach(form::markRead);
                }
                return table;
            }
        }
        return null;
    }

    /** Column of a field such as {@code pupil.sex}, or -1. */
    int column(String field) {
        return columnOf.getOrDefault(field, -1);
    }

    /** The code list of a field's values: the column's own {@code codeList}, else {@code builtIn}. */
    String list(String field, String builtIn) {
        return listOf.getOrDefault(field, builtIn);
    }

    /** Fields read from columns, e.g. {@code school.name} on a roster of several schools. */
    List<String> fields() {
        return List.copyOf(columnOf.keySet());
    }

    /**
     * The non-blank cell of a field in a row, or null; under a cell merged down the column over the row, that cell
     * (its value holds for every row the merge spans, {@link #MERGED_DOWN}).
     */
    Cell cell(int row, String field) {
        int c = column(field);
        return c < 0 ? null : at(row, c);
    }

    /** The row's school code cell (a code merged down over it is the row's), or null. */
    Cell keyCell(int row) {
        return header.keyColumn() < 0 ? null : at(row, header.keyColumn());
    }

    private Cell at(int row, int col) {
        Cell c = form.at(row, col);
        return c != null ? c : underMerge.get(CellKeys.of(row, col));
    }

    /** The aggregated range of a column over all data rows, e.g. {@code Pupils!E2:E230}. */
    String range(String field) {
        return range(field, dataRows);
    }

    /**
     * The aggregated range of a column over some rows (one school's), from its first to its last row:
     * the source of aggregate values.
     */
    String range(String field, List<Integer> rows) {
        int c = column(field);
        if (c < 0 || rows.isEmpty()) {
            return null;
        }
        String letters = CellRef.columnLetters(c);
        return form.name() + "!" + letters + (rows.get(0) + 1) + ":" + letters + (rows.get(rows.size() - 1) + 1);
    }

    /** Fields of the spec's {@code required} list with no column. */
    List<String> missing(SheetSpec spec) {
        return spec.required().stream().filter(f -> column(f) < 0 && !f.endsWith(".grade_taught")).toList();
    }

    /**
     * Header cells that matched no column: reported once each, so no column is dropped silently; except
     * those the template leaves out on purpose ({@code ignore}).
     */
    void reportUnmatched(SheetProblems problems, IgnoredHeaders ignored) {
        HeaderMatcher.Match[] by = header.byColumn();
        for (Cell c : form.rows.get(header.lastRow())) {
            if (!c.isBlank() && (c.col() >= by.length || by[c.col()] == null) && !ignored.ignores(c.text())) {
                int figures = figuresBelow(c);
                if (figures > 0) {
                    // As a wide sheet's column of figures left unread (WideRows), and as the check shows it.
                    problems.report(ProblemKind.UNREAD_FIGURES, c.row(), c.col(), null, null, c.text(),
                            figures == 1 ? Message.of("import.detail.figureBelow")
                                    : Message.of("import.detail.figuresBelow", figures));
                } else {
                    problems.report(ProblemKind.UNMATCHED_COLUMN, c.row(), c.col(), null, null, c.text(),
                            Message.of("import.detail.columnNotRead"));
                }
            }
        }
    }

    /**
     * The figures in a column under its header, over the data rows; 0 for a column that numbers the rows or
     * whose header names no census figure (a phone, a year, a code: {@link CensusHeaders#noFigures}).
     */
    private int figuresBelow(Cell head) {
        if (CensusHeaders.noFigures(head.text())
                || SerialColumn.numbersRows(head.text(), form.rows, header.lastRow(), head.col())) {
            return 0;
        }
        int n = 0;
        for (int r : dataRows) {
            Cell v = form.at(r, head.col());
            if (v != null && (v.kind() == CellKind.NUMBER
                    || v.kind() == CellKind.TEXT && v.text().strip().matches("\\d+([.,]\\d+)?"))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Takes the sheet's header, where it is repeated among the rows (blocks pasted with their header),
     * out of the data rows: each is reported and skipped, never counted as a pupil, staff member or school.
     */
    void skipRepeatedHeaders(SchoolCodes guard, SheetProblems problems, CensusSink sink) {
        RepeatedHeaders repeated = RepeatedHeaders.of(form.rows, header, guard.withHeaders(header.found()));
        int key = header.keyColumn();
        dataRows.removeIf(r -> {
            CellsRow row = new CellsRow(r, form.rows.get(r), false);
            Cell k = key < 0 ? null : form.at(r, key);
            if (!repeated.repeats(row, k == null ? "" : k.text())) {
                return false;
            }
            repeated.report(row, key >= 0 ? key : row.col(0), problems, sink);
            return true;
        });
    }

    /**
     * The data rows by school code (trimmed, upper case) of the key column, in the order schools first
     * appear. A row without a code, or whose code looks like a header or label, is reported
     * ({@code BLANK_KEY}, with the row's cells) and not counted; with {@code keyContinues}, a row without a code
     * below a school's rows is that school's (the code written on its first row only), and the rows before the first
     * code are still reported.
     */
    Map<String, List<Integer>> rowsBySchool(SchoolCodes guard, SheetProblems problems) {
        SchoolCodes sheetGuard = guard.withHeaders(header.found());
        Map<String, List<Integer>> bySchool = new LinkedHashMap<>();
        int key = header.keyColumn();
        String above = null;
        for (int r : dataRows) {
            Cell k = keyCell(r);
            String raw = k == null ? "" : k.text().strip();
            if (raw.isEmpty() && above != null && continuesKey) {
                bySchool.get(above).add(r);
                continue;
            }
            Message why = raw.isEmpty() ? null : sheetGuard.refusal(raw);
            if (raw.isEmpty() || why != null) {
                problems.report(ProblemKind.BLANK_KEY, r, key, null, "school.code",
                        SheetProblems.describe(form.rows.get(r)), raw.isEmpty() ? above != null
                                ? Message.of("import.detail.noCodeBelowSchool", above)
                                : Message.of("import.detail.noCodeInRow")
                                : Message.of("import.detail.codeRefused", raw, why));
                // A label or note in the code column ends the school above: what follows is no longer its rows.
                above = raw.isEmpty() ? above : null;
                continue;
            }
            if (nothingButKey(r, key)) {
                // A note under the list ("Sex: 1 = Male, 2 = Female") is no school with an empty register.
                problems.report(ProblemKind.BLANK_KEY, r, key, null, "school.code",
                        SheetProblems.describe(form.rows.get(r)), Message.of("import.detail.aloneInRow", raw));
                above = null;
                continue;
            }
            above = WideRows.schoolCode(raw);
            bySchool.computeIfAbsent(above, s -> new ArrayList<>()).add(r);
        }
        return bySchool;
    }

    /**
     * The data rows by school code when the key column names the schools ({@code "schoolKey": "name"}):
     * each name (with the row's district, when a {@code school.district} or {@code school.district_name}
     * column gives one) is looked up in the master list. A name of one school is read as its code, said
     * once per school of the file ({@code SCHOOL_BY_NAME}, {@code announced} holding those said); a name of
     * no school or of several is reported once ({@code SCHOOL_NAME_UNMATCHED}, naming the candidates) and
     * its rows are not counted. Rows without a name are reported as rows without a code are.
     */
    Map<String, List<Integer>> rowsBySchoolName(SchoolNames names, java.util.Set<String> announced,
                                               SheetProblems problems) {
        int key = header.keyColumn();
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        String above = null;
        for (int r : dataRows) {
            Cell k = keyCell(r);
            String raw = k == null ? "" : k.text().strip();
            if (raw.isEmpty() && above != null && continuesKey) {
                // The school named on the first of its rows only (keyContinues), as a code may be.
                byName.get(above).add(r);
                continue;
            }
            if (raw.isEmpty() || nothingButKey(r, key)) {
                problems.report(ProblemKind.BLANK_KEY, r, key, null, "school.name",
                        SheetProblems.describe(form.rows.get(r)), raw.isEmpty()
                                ? Message.of("import.detail.noNameInRow")
                                : Message.of("import.detail.aloneInRow", raw));
                above = raw.isEmpty() ? above : null;
                continue;
            }
            above = SchoolNames.key(raw) + "|" + SchoolNames.key(district(r));
            byName.computeIfAbsent(above, n -> new ArrayList<>()).add(r);
        }
        Map<String, List<Integer>> bySchool = new LinkedHashMap<>();
        for (List<Integer> rows : byName.values()) {
            int first = rows.get(0);
            String raw = keyCell(first).text().strip();
            String district = district(first);
            if (names.atImport()) {
                // A check without a workspace: each name a school of its own, matched only at import.
                bySchool.computeIfAbsent(raw, c -> new ArrayList<>()).addAll(rows);
                continue;
            }
            List<SchoolNames.Listed> found = names.candidates(raw, district);
            if (found.size() == 1) {
                String code = WideRows.schoolCode(found.get(0).code());
                bySchool.computeIfAbsent(code, c -> new ArrayList<>()).addAll(rows);
                if (announced.add(code)) {
                    problems.report(ProblemKind.SCHOOL_BY_NAME, first, key, code, "school.name", raw,
                            NameMatchText.readAs(code, raw, found.get(0)));
                }
                continue;
            }
            Message rowsNot = rows.size() == 1 ? Message.of("import.detail.nameRowNotCounted", first + 1)
                    : Message.of("import.detail.nameRowsNotCounted", rows.size(), first + 1, rows.get(rows.size() - 1) + 1);
            problems.report(ProblemKind.SCHOOL_NAME_UNMATCHED, first, key, null, "school.name", raw,
                    Message.of("import.detail.andThen", NameMatchText.notOne(raw, district, found,
                            Message.of("import.detail.remedyDistrictOrCode")), rowsNot));
        }
        bySchool.values().forEach(java.util.Collections::sort);
        return bySchool;
    }

    /** The district a row gives its school ({@code school.district}, else {@code school.district_name}), or null. */
    private String district(int row) {
        for (String field : List.of("school.district", "school.district_name")) {
            Cell c = cell(row, field);
            if (c != null && !c.text().isBlank()) {
                return c.text().strip();
            }
        }
        return null;
    }

    /** True when every column read, but the key, is blank in the row. */
    private boolean nothingButKey(int row, int key) {
        for (int c : columnOf.values()) {
            Cell x = c == key ? null : at(row, c);
            if (x != null && !x.isBlank()) {
                return false;
            }
        }
        return !columnOf.isEmpty();
    }
}
