package org.emisworkbench.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.emisworkbench.workbook.Cell;
import org.emisworkbench.model.Sex;
import org.emisworkbench.template.CodeList;
import org.emisworkbench.template.GridSpec;
import org.emisworkbench.template.HeaderText;

/**
 * The value columns of a form grid, read from the header under its title: a grade (or Total) per
 * column, and for sub-column layouts a sex per column (M/F under a merged grade label; a blank
 * upper cell continues the label to its left).
 */
final class GridColumns {
    /** Slot of a Total column. */
    static final int TOTAL = -2;

    private final FormSheet form;
    private final GridSpec spec;
    private final CodeList grades;
    private final CodeList sexes;
    private final ImportContext ctx;
    /** Per value column: grade slot or TOTAL. */
    final Map<Integer, Integer> slotOf = new LinkedHashMap<>();
    /** Per value column: its sex in sub-column layouts (empty for the rows layout). */
    final Map<Integer, Sex> sexOf = new LinkedHashMap<>();
    int firstValueCol;
    /** The columns the grid's title heads: header cells outside them belong to another block. */
    private int fromCol;
    private int toCol = Integer.MAX_VALUE;
    /**
     * Columns giving the same grade and sex as an earlier column of the header (a French {@code G | F} read in
     * English, where G is girls too), each with that earlier column and its header cell: not read, reported,
     * never overwriting the first.
     */
    final java.util.List<int[]> clashes = new java.util.ArrayList<>();

    /**
     * A total of both sexes under a grade beside the column of one sex only ({@code Total | Girls} under
     * {@code Grade 1}): the other sex is worked out of the two, age by age (decision 0055, as {@code differenceOf}).
     */
    record BothSexes(int totalCol, int sexCol, int slot, Sex other) {
    }

    /** The totals of both sexes beside one sex, grade by grade; empty in the other layouts. */
    final java.util.List<BothSexes> differences = new java.util.ArrayList<>();
    /** Per column saying a total of both sexes under a grade: the grade's slot. */
    private final Map<Integer, Integer> totalsOf = new LinkedHashMap<>();

    GridColumns(FormSheet form, GridSpec spec, CodeList grades, CodeList sexes, ImportContext ctx) {
        this.form = form;
        this.spec = spec;
        this.grades = grades;
        this.sexes = sexes;
        this.ctx = ctx;
    }

    /**
     * Maps the value columns between {@code fromCol} and {@code toCol} (the columns the grid's title heads, so that
     * blocks standing side by side are told apart); returns the first data row, or -1 when no header row follows
     * the title there.
     */
    int locate(int titleRow, int fromCol, int toCol) {
        this.fromCol = fromCol;
        this.toCol = toCol;
        for (int h = titleRow + 1; h <= Math.min(titleRow + FormRows.HEADER_SEARCH, form.lastRow()); h++) {
            if (spec.grade() != null) {
                for (Cell c : within(form.rows.get(h))) {
                    String s = sexes.code(c.text());
                    if (s != null) {
                        put(h, c.col(), slot(spec.grade()), Sex.valueOf(s));
                    } else if (isTotal(c.text()) && slot(spec.grade()) != null) {
                        totalsOf.put(c.col(), slot(spec.grade()));
                    }
                }
            } else if (spec.sex() != null) {
                // A grid of one sex (the boys' block above the girls'): one row of grades, every figure that sex.
                Sex sex = Sex.valueOf(spec.sex());
                for (Cell c : within(form.rows.get(h))) {
                    Integer slot = gradeOrTotal(c.text());
                    if (slot != null) {
                        put(h, c.col(), slot, sex);
                    }
                }
            } else if (spec.sexLayout().equals("rows")) {
                for (Cell c : within(form.rows.get(h))) {
                    Integer slot = gradeOrTotal(c.text());
                    if (slot != null) {
                        slotOf.put(c.col(), slot);
                    }
                }
            } else if (h + 1 <= form.lastRow() && gradeCount(h) > 0) {
                for (Cell c : within(form.rows.get(h + 1))) {
                    String s = sexes.code(c.text());
                    Integer slot = s == null ? null : gradeOrTotal(text(FormRows.headerAbove(form, h, c.col())));
                    if (slot != null) {
                        put(h + 1, c.col(), slot, Sex.valueOf(s));
                    } else if (s == null && isTotal(c.text())) {
                        Integer grade = gradeOrTotal(text(FormRows.headerAbove(form, h, c.col())));
                        if (grade != null && grade != TOTAL) {
                            totalsOf.put(c.col(), grade);
                        }
                    }
                }
                if (!slotOf.isEmpty()) {
                    pairTotals();
                    firstValueCol = slotOf.keySet().stream().min(Integer::compare).orElse(0);
                    return h + 2;
                }
            }
            if (!slotOf.isEmpty()) {
                pairTotals();
                firstValueCol = slotOf.keySet().stream().min(Integer::compare).orElse(0);
                return h + 1;
            }
        }
        return -1;
    }

    /** Maps a sub-column to its grade and sex, unless an earlier column has both: then it is a clash. */
    private void put(int row, int col, Integer slot, Sex sex) {
        if (slot != null && slot != TOTAL) {
            for (Map.Entry<Integer, Integer> e : slotOf.entrySet()) {
                if (e.getValue().equals(slot) && sexOf.get(e.getKey()) == sex) {
                    clashes.add(new int[] {row, col, e.getKey()});
                    return;
                }
            }
        }
        slotOf.put(col, slot);
        sexOf.put(col, sex);
    }

    /** A total of both sexes beside exactly one sex of its grade gives the other sex; beside both it is unread. */
    private void pairTotals() {
        totalsOf.forEach((col, slot) -> {
            java.util.List<Integer> sexed = slotOf.entrySet().stream().filter(e -> e.getValue().equals(slot))
                    .map(Map.Entry::getKey).toList();
            if (sexed.size() == 1) {
                Sex given = sexOf.get(sexed.get(0));
                differences.add(new BothSexes(col, sexed.get(0), slot, given == Sex.F ? Sex.M : Sex.F));
            }
        });
    }

    /** True for a column of both sexes the other sex is worked out of. */
    boolean givesOtherSex(int col) {
        return differences.stream().anyMatch(d -> d.totalCol() == col);
    }

    private static boolean isTotal(String text) {
        return text != null && WideSheetReader.TOTAL_WORDS.contains(HeaderText.normalizeLabel(text));
    }

    private int gradeCount(int row) {
        int n = 0;
        for (Cell c : within(form.rows.get(row))) {
            n += gradeOrTotal(c.text()) != null ? 1 : 0;
        }
        return n;
    }

    /** The row's cells in the columns the grid's title heads. */
    private java.util.List<Cell> within(java.util.List<Cell> row) {
        return row.stream().filter(c -> c.col() >= fromCol && c.col() <= toCol).toList();
    }

    private static String text(Cell cell) {
        return cell == null ? null : cell.text();
    }

    private Integer gradeOrTotal(String text) {
        if (text == null) {
            return null;
        }
        if (WideSheetReader.TOTAL_WORDS.contains(HeaderText.normalizeLabel(text))) {
            return TOTAL;
        }
        String g = grades.code(text);
        return g == null ? null : slot(g);
    }

    private Integer slot(String gradeCode) {
        return ctx.grades().byCode(gradeCode).map(g -> g.slot()).orElse(null);
    }
}
