package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emisworkbench.imports.excel.Cell;
import org.emisworkbench.imports.excel.CellKind;
import org.emisworkbench.imports.excel.SheetInfo;
import org.emisworkbench.imports.excel.SheetRow;
import org.emisworkbench.model.CellRef;
import org.emisworkbench.model.CensusSink;
import org.emisworkbench.model.FactRecord;
import org.emisworkbench.model.ProblemKind;
import org.emisworkbench.model.SchoolAttribute;
import org.emisworkbench.model.SchoolRecord;
import org.emisworkbench.model.SkipReason;
import org.emisworkbench.template.CellValues;
import org.emisworkbench.template.CodeLists;
import org.emisworkbench.template.HeaderLayout;
import org.emisworkbench.template.HeaderText;
import org.emisworkbench.template.SheetSpec;

/**
 * The data rows of one wide sheet, below its header. Per row: the key, then one pass over the present
 * cells with array look-ups into the {@link WidePlan}; values go into reused scratch arrays and are
 * copied out once per stored record. Rows with values but no key are held back until it is known
 * whether they are a total row at the bottom (cross-checked, not stored) or a blank-key row.
 */
final class WideRows {
    private final SheetInfo sheet;
    private final SheetSpec spec;
    private final WidePlan plan;
    private final ImportContext ctx;
    private final CensusSink sink;
    private final Set<String> announced;
    private final SheetProblems problems;
    private final Map<String, Integer> keysOfSheet = new HashMap<>();
    private final int[][] values;
    private final String[][] sources;
    private final boolean[] touched;
    private final List<List<Cell>> pending = new ArrayList<>();
    private final PopulationRows population;
    private final List<Integer> requiredColumns = new ArrayList<>();
    private final WideTotals totals;
    private int schools;
    private int lastRow = -1;

    WideRows(SheetInfo sheet, SheetSpec spec, WidePlan plan, CodeLists lists, ImportContext ctx, CensusSink sink,
             Set<String> announced) {
        this.sheet = sheet;
        this.spec = spec;
        this.plan = plan;
        this.ctx = ctx;
        this.sink = sink;
        this.announced = announced;
        this.problems = new SheetProblems(sink, sheet.name());
        int groups = plan.groups.size();
        values = new int[groups][];
        sources = new String[groups][];
        for (int g = 0; g < groups; g++) {
            values[g] = new int[plan.groups.get(g).slots()];
            sources[g] = new String[plan.groups.get(g).slots()];
        }
        touched = new boolean[groups];
        totals = new WideTotals(plan, problems);
        population = new PopulationRows(plan, lists, ctx, sink, problems, sheet.name());
        for (int c = 0; c < plan.width(); c++) {
            if (plan.field[c] != null && spec.required().contains(plan.field[c])) {
                requiredColumns.add(c);
            }
        }
    }

    /** Header cells that matched no column spec: reported once, so no column is dropped silently. */
    void reportUnmatched(HeaderLayout header, List<List<Cell>> buffer) {
        for (int r = header.firstRow(); r <= header.lastRow(); r++) {
            for (Cell c : buffer.get(r)) {
                boolean unmatched = c.col() >= plan.width() || header.byColumn()[c.col()] == null;
                if (unmatched && !c.isBlank() && r == header.lastRow()) {
                    problems.report(ProblemKind.UNMATCHED_COLUMN, r, c.col(), null, null, c.text(),
                            "this column matches nothing in the template and was not read");
                }
            }
        }
        for (String u : plan.unmatched) {
            problems.reportRange(ProblemKind.UNMATCHED_COLUMN, u.substring(0, u.indexOf(':')), null, null, null,
                    u.substring(u.indexOf(':') + 2));
        }
    }

    void row(SheetRow row) {
        if (lastRow >= 0 && row.index() > lastRow + 1) {
            sink.skipped(sheet.name(), lastRow + 1, row.index() - lastRow - 1, SkipReason.BLANK_ROW);
        }
        lastRow = row.index();
        int k = plan.keyColumn < 0 ? -1 : row.find(plan.keyColumn);
        String key = k < 0 || row.kind(k) == CellKind.BLANK ? "" : schoolCode(row.text(k));
        if (key.isEmpty()) {
            if (hasMappedValue(row)) {
                pending.add(copy(row));
            } else {
                sink.skipped(sheet.name(), row.index(), 1, SkipReason.BLANK_ROW);
            }
            return;
        }
        if (mayBeTotalWord(key) && WideSheetReader.TOTAL_WORDS.contains(HeaderText.normalizeLabel(key))) {
            totals.checkTotalRow(copy(row));
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.TOTAL_ROW);
            return;
        }
        flushPendingAsBlankKeys();
        if (plan.groups.isEmpty() && !plan.hasAttributes && population.active()) {
            population.row(row, key, k);
            return;
        }
        Integer first = keysOfSheet.putIfAbsent(key, row.index());
        if (first != null) {
            problems.report(ProblemKind.DUPLICATE_SCHOOL, row.index(), plan.keyColumn, key, "school.code",
                    row.text(k), "the school is already on row " + (first + 1) + " of this sheet; the first row is kept");
            sink.skipped(sheet.name(), row.index(), 1, SkipReason.REPEATED_SCHOOL);
            return;
        }
        schools++;
        announce(row, key);
        values(row, key);
    }

    private void announce(SheetRow row, String key) {
        if (announced.contains(key)) {
            return;
        }
        Map<SchoolAttribute, String> attrs = new EnumMap<>(SchoolAttribute.class);
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c < plan.width() && plan.kind[c] == WidePlan.ATTRIBUTE && row.kind(i) != CellKind.BLANK) {
                String raw = row.text(i).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                String v = plan.codeList[c] == null ? raw : plan.codeList[c].code(raw);
                if (v == null) {
                    problems.report(ProblemKind.UNKNOWN_CODE, row.index(), c, key, plan.field[c], raw,
                            "not a code of the " + plan.codeList[c].name() + " list");
                } else {
                    attrs.put(plan.attribute[c], v);
                }
            }
        }
        for (int c : requiredColumns) {
            if (plan.kind[c] == WidePlan.ATTRIBUTE && !attrs.containsKey(plan.attribute[c]) && blank(row, c)) {
                problems.report(ProblemKind.MISSING_REQUIRED_VALUE, row.index(), c, key, plan.field[c], "",
                        plan.field[c] + " is required");
            }
        }
        announced.add(key);
        sink.school(new SchoolRecord(key, attrs, sheet.name(), row.index(),
                CellRef.columnLetters(plan.keyColumn) + (row.index() + 1)));
    }

    private void values(SheetRow row, String key) {
        if (plan.groups.isEmpty()) {
            return;
        }
        Arrays.fill(touched, false);
        for (int g = 0; g < values.length; g++) {
            Arrays.fill(values[g], FactRecord.MISSING);
            Arrays.fill(sources[g], null);
        }
        boolean anyTotal = false;
        totals.startRow();
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c >= plan.width()) {
                continue;
            }
            byte kind = plan.kind[c];
            if (kind != WidePlan.COUNT && kind != WidePlan.TOTAL) {
                continue;
            }
            CellKind ck = row.kind(i);
            if (ck == CellKind.BLANK) {
                continue;
            }
            int v = value(row, i, c, ck, key);
            totals.add(c, v, ck, row.number(i));
            if (kind == WidePlan.TOTAL) {
                anyTotal = true;
            } else {
                int g = plan.group[c];
                touched[g] = true;
                values[g][plan.slot[c]] = CellValues.isProblem(v) ? FactRecord.MISSING : v;
                sources[g][plan.slot[c]] = plan.letters[c];
            }
        }
        for (int g = 0; g < values.length; g++) {
            if (touched[g]) {
                WidePlan.Group gr = plan.groups.get(g);
                sink.facts(new FactRecord(key, gr.topic(), gr.sex(), gr.age(), values[g].clone(), sources[g].clone(),
                        sheet.name(), row.index()));
            }
        }
        if (anyTotal) {
            totals.checkRow(row, key);
        }
    }

    /** The count of a cell, reporting its problem; coded count columns (Yes/No) go through their list. */
    private int value(SheetRow row, int i, int c, CellKind ck, String key) {
        int v;
        if (plan.codeList[c] != null && ck == CellKind.TEXT) {
            String code = plan.codeList[c].code(row.text(i));
            v = code == null ? CellValues.count(ck, row.text(i), Double.NaN) : "yes".equals(code) ? 1 : "no".equals(code) ? 0
                    : CellValues.NOT_A_NUMBER;
            if (code == null && CellValues.isProblem(v)) {
                problems.report(ProblemKind.UNKNOWN_CODE, row.index(), c, key, plan.field[c], row.text(i),
                        "not a code of the " + plan.codeList[c].name() + " list");
                return v;
            }
        } else {
            v = CellValues.count(ck, ck == CellKind.TEXT || ck == CellKind.ERROR ? row.text(i) : null, row.number(i));
        }
        if (CellValues.isProblem(v)) {
            problems.report(CellValues.problem(v), row.index(), c, key, plan.field[c], row.text(i), CellValues.detail(v));
        }
        return v;
    }

    void finish() {
        // Blank-key rows at the very bottom are a total row when their figures are the column sums.
        for (List<Cell> cells : pending) {
            if (totals.looksLikeTotal(cells, schools)) {
                totals.checkTotalRow(cells);
                sink.skipped(sheet.name(), cells.get(0).row(), 1, SkipReason.TOTAL_ROW);
            } else {
                blankKey(cells);
            }
        }
        pending.clear();
    }

    private void flushPendingAsBlankKeys() {
        for (List<Cell> cells : pending) {
            blankKey(cells);
        }
        pending.clear();
    }

    private void blankKey(List<Cell> cells) {
        int row = cells.get(0).row();
        sink.skipped(sheet.name(), row, 1, SkipReason.NO_SCHOOL_CODE);
        problems.report(ProblemKind.BLANK_KEY, row, Math.max(plan.keyColumn, 0), null, "school.code",
                SheetProblems.describe(cells), "a row with values but no school code: its values were not imported");
    }

    private boolean hasMappedValue(SheetRow row) {
        for (int i = 0; i < row.size(); i++) {
            int c = row.col(i);
            if (c < plan.width() && plan.kind[c] != WidePlan.IGNORE && row.kind(i) != CellKind.BLANK
                    && !(row.kind(i) == CellKind.TEXT && row.text(i).isBlank())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(SheetRow row, int col) {
        int i = row.find(col);
        return i < 0 || row.kind(i) == CellKind.BLANK || row.text(i).isBlank();
    }

    private static List<Cell> copy(SheetRow row) {
        List<Cell> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.cell(i));
        }
        return cells;
    }

    /** School codes are compared trimmed and upper-cased: " sch01004" is SCH01004. */
    /** Cheap test before normalising: total labels are short words without digits, school codes are not. */
    private static boolean mayBeTotalWord(String key) {
        if (key.length() > 24) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String schoolCode(String raw) {
        return raw.replace('\u00A0', ' ').strip().toUpperCase(Locale.ROOT);
    }

    int schools() {
        return schools;
    }

    int problemCount() {
        return problems.count();
    }
}
