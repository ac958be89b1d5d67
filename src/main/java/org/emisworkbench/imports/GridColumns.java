package org.emisworkbench.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** The headings of a total of both sexes, the template's own among them ({@code total} list). */
    private final CodeList totals;
    private final ImportContext ctx;
    /** Per value column: grade slot or TOTAL. */
    final Map<Integer, Integer> slotOf = new LinkedHashMap<>();
    /** Per value column: its sex in sub-column layouts (empty for the rows layout). */
    final Map<Integer, Sex> sexOf = new LinkedHashMap<>();
    int firstValueCol;
    /** The columns the grid's title heads: header cells outside them belong to another block. */
    private int fromCol;
    private int toCol = Integer.MAX_VALUE;
    /** The grid's header rows as written, to tell where they are written again ({@link #repeatsHeader}). */
    private RepeatedHeaders header;
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
    /**
     * A total of both sexes under a grade beside both its sexes ({@code Grade 1} over {@code B | G | T}, French
     * {@code CP1} over {@code G | F | T}): a check total, compared on each row with the two sexes' cells and never
     * stored, as a wide sheet's total column of a grade is ({@link WideTotals}).
     */
    record GradeTotal(int totalCol, int slot, int maleCol, int femaleCol) {
    }

    /** The totals of both sexes beside both sexes, grade by grade; empty in the other layouts. */
    final java.util.List<GradeTotal> gradeTotals = new java.util.ArrayList<>();
    /**
     * Grades across over bands ({@code CI} over {@code Nouveaux | Redoublants} over {@code G | F}, a grid with
     * {@code "rows": "none"} and a {@code band}, decision 0100): per column read, the index of its band in the grid's
     * {@code band}; empty in the other layouts.
     */
    final Map<Integer, Integer> bandOf = new LinkedHashMap<>();
    /**
     * In that layout, the columns of a sex under the grades that the grid does not read (another band, another grade
     * than its {@code grade}): parts of the table's {@code Total} columns, checked with them.
     */
    final Map<Integer, Sex> parts = new LinkedHashMap<>();
    /** In that layout, the {@code Total} column of both sexes after the grades ({@code T}), or -1. */
    int grandTotal = -1;

    /** Per column saying a total of both sexes under a grade: the grade's slot. */
    private final Map<Integer, Integer> totalsOf = new LinkedHashMap<>();

    GridColumns(FormSheet form, GridSpec spec, CodeList grades, CodeList sexes, CodeList totals, ImportContext ctx) {
        this.form = form;
        this.spec = spec;
        this.grades = grades;
        this.sexes = sexes;
        this.totals = totals;
        this.ctx = ctx;
    }

    /**
     * Maps the value columns between {@code fromCol} and {@code toCol} (the columns the grid's title heads, so that
     * blocks standing side by side are told apart); returns the first data row, or -1 when no header row follows
     * the title there.
     *
     * @param corner the title is the corner cell of the header row of grades (or stands for the untitled grid's one):
     *               the header is looked for from the title's own row
     */
    int locate(int titleRow, int fromCol, int toCol, boolean corner) {
        this.fromCol = fromCol;
        this.toCol = toCol;
        // A table of one grade may write its sexes on its title's own row, right of the title (Nouveaux inscrits au
        // CI | G | F over Nombre | 12 | 14): its header is then that row; so may a title that is its header's corner
        // cell (Category | Kinder | Grade 1 | …), or the corner of an untitled grid's header row.
        for (int h = spec.grade() != null || corner ? titleRow : titleRow + 1;
             h <= FormRows.headerSearchEnd(form, titleRow); h++) {
            List<Head> heads = new ArrayList<>();
            int first = h + 1;
            if (!spec.band().isEmpty() && spec.sexLayout().equals("columns")) {
                // Grades across, a band per topic under each grade, the sexes under each band (CI over Nouveaux |
                // Redoublants over G | F, one row Effectifs; decision 0100): the columns under the grid's bands.
                if (h + 2 <= form.lastRow() && gradeCount(h) > 0) {
                    bandedHeads(h, heads);
                }
                first = h + 3;
            } else if (spec.grade() != null) {
                for (Cell c : within(form.rows.get(h))) {
                    String s = sexes.code(c.text());
                    if (s != null) {
                        heads.add(new Head(h, c.col(), slot(spec.grade()), Sex.valueOf(s), s));
                    } else if (bothSexes(c.text()) && slot(spec.grade()) != null) {
                        totalsOf.put(c.col(), slot(spec.grade()));
                    }
                }
            } else if (spec.sex() != null) {
                // A grid of one sex (the boys' block above the girls'): one row of grades, every figure that sex.
                Sex sex = Sex.valueOf(spec.sex());
                for (Cell c : within(form.rows.get(h))) {
                    Integer slot = gradeOrTotal(c.text());
                    if (slot != null) {
                        heads.add(new Head(h, c.col(), slot, sex, slot));
                    }
                }
            } else if (spec.sexLayout().equals("rows")) {
                for (Cell c : within(form.rows.get(h))) {
                    Integer slot = gradeOrTotal(c.text());
                    if (slot != null) {
                        heads.add(new Head(h, c.col(), slot, null, slot));
                    }
                }
            } else if (h + 1 <= form.lastRow() && gradeCount(h) > 0) {
                for (Cell c : within(form.rows.get(h + 1))) {
                    String s = sexes.code(c.text());
                    Integer slot = s == null ? null : gradeOrTotal(text(FormRows.headerAbove(form, h, c.col())));
                    if (slot != null) {
                        heads.add(new Head(h + 1, c.col(), slot, Sex.valueOf(s), slot));
                    } else if (s == null && bothSexes(c.text())) {
                        Integer grade = gradeOrTotal(text(FormRows.headerAbove(form, h, c.col())));
                        if (grade != null && grade != TOTAL) {
                            totalsOf.put(c.col(), grade);
                        }
                    }
                }
                first = h + 2;
            }
            if (!heads.isEmpty()) {
                int end = blockEnd(heads);
                heads.stream().filter(x -> x.col() < end).forEach(this::put);
                totalsOf.keySet().removeIf(col -> col >= end);
                parts.keySet().removeIf(col -> col >= end);
                grandTotal = grandTotal >= end ? -1 : grandTotal;
                pairTotals();
                this.toCol = Math.min(toCol, end - 1);
                firstValueCol = java.util.stream.Stream.concat(slotOf.keySet().stream(), parts.keySet().stream())
                        .min(Integer::compare).orElse(0);
                header = RepeatedHeaders.ofTable(form.rows, Math.min(corner ? titleRow : titleRow + 1, first - 1), first - 1,
                        first - 1 == titleRow ? firstValueCol : fromCol, this.toCol);
                return first;
            }
            totalsOf.clear(); // no header in this row: its totals head nothing of the grid
        }
        return -1;
    }

    /**
     * The columns of a header of grades on row {@code h}, bands on the row under it and sexes under those: a column of
     * a sex under one of the grid's bands (and under its {@code grade}, when it gives one) is read; one under another
     * band or grade is a part of the {@code Total} columns after the grades, which are the table's totals by sex
     * ({@code G | F}) and of both sexes ({@code T}). A total of both sexes under a grade's band is left to be reported.
     */
    private void bandedHeads(int h, List<Head> heads) {
        Integer only = spec.grade() == null ? null : slot(spec.grade());
        List<String> bands = spec.band().stream().map(HeaderText::normalizeLabel).toList();
        for (Cell c : within(form.rows.get(h + 2))) {
            String s = sexes.code(c.text());
            Integer slot = gradeOrTotal(text(FormRows.headerAbove(form, h, c.col())));
            if (slot == null || s == null && !bothSexes(c.text())) {
                continue;
            }
            if (slot == TOTAL) {
                if (s == null) {
                    grandTotal = c.col();
                } else {
                    heads.add(new Head(h + 2, c.col(), TOTAL, Sex.valueOf(s), TOTAL));
                }
                continue;
            }
            if (s == null) {
                continue;
            }
            Cell band = FormRows.headerAbove(form, h + 1, c.col());
            int b = band == null || band.row() != h + 1 ? -1 : bands.indexOf(HeaderText.normalizeLabel(band.text()));
            if (b >= 0 && (only == null || only.equals(slot))) {
                heads.add(new Head(h + 2, c.col(), slot, Sex.valueOf(s), slot));
                bandOf.put(c.col(), b);
            } else {
                parts.put(c.col(), Sex.valueOf(s));
            }
        }
        if (heads.stream().noneMatch(x -> x.slot() != TOTAL)) {
            heads.clear(); // none of the grid's bands under these grades: not its header
            parts.clear();
            grandTotal = -1;
        }
    }

    /**
     * A column of the header: its grade slot (or TOTAL) and sex, and what says where the block's header starts
     * over ({@code repeats}: the grade, or the sex in a grid of one grade).
     */
    private record Head(int row, int col, Integer slot, Sex sex, Object repeats) {
    }

    /**
     * The first column of a block standing right of this grid's with no title of its own (its title lost, or never
     * written): the column where the header starts over, a grade heading written again after other grades
     * ({@code 1ª classe | 2ª classe | 1ª classe}), or in a grid of one grade a sex after the other sex. The same
     * grade twice running ({@code CP1} over {@code G | F} read in English, both girls) is no new block: it is a
     * clash within the block, reported as such. {@link Integer#MAX_VALUE} when the header never starts over.
     */
    private static int blockEnd(List<Head> heads) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        Object previous = null;
        for (Head x : heads) {
            if (!x.repeats().equals(previous) && seen.contains(x.repeats())) {
                return x.col();
            }
            seen.add(x.repeats());
            previous = x.repeats();
        }
        return Integer.MAX_VALUE;
    }

    /** The last column of the grid's block: where its title's span or its header ends. */
    int lastCol() {
        return toCol;
    }

    /**
     * True when row {@code r} writes the grid's header again in the grid's columns: a grade heading, or in a grid of
     * one grade a sex heading, as text; or the whole header as the grid's own rows write it, words and numbers
     * (grades numbered {@code 1 | 2 | 3} over {@code G | F}, decision 0057). The header of a block stacked under this
     * one whose title was lost, or of the next block of the same table (another school's, another year's).
     */
    boolean repeatsHeader(int r) {
        if (header != null && header.startsOver(form.rows, r)) {
            return true;
        }
        for (Cell c : form.rows.get(r)) {
            if (!slotOf.containsKey(c.col()) || c.kind() != org.emisworkbench.workbook.CellKind.TEXT
                    || FormUnread.isFigure(c)) {
                continue;
            }
            Integer slot = gradeOrTotal(c.text());
            if (slot != null && slot != TOTAL || spec.grade() != null && sexes.code(c.text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Maps a column to its grade and sex, unless an earlier column has both: then it is a clash. */
    private void put(Head head) {
        int row = head.row();
        int col = head.col();
        Integer slot = head.slot();
        Sex sex = head.sex();
        if (sex == null) {
            slotOf.put(col, slot);
            return;
        }
        if (slot != null && slot != TOTAL) {
            for (Map.Entry<Integer, Integer> e : slotOf.entrySet()) {
                if (e.getValue().equals(slot) && sexOf.get(e.getKey()) == sex
                        && java.util.Objects.equals(bandOf.get(e.getKey()), bandOf.get(col))) {
                    clashes.add(new int[] {row, col, e.getKey()});
                    return;
                }
            }
        }
        slotOf.put(col, slot);
        sexOf.put(col, sex);
    }

    /**
     * A total of both sexes beside exactly one sex of its grade gives the other sex; beside both it is their check
     * total.
     */
    private void pairTotals() {
        totalsOf.forEach((col, slot) -> {
            java.util.List<Integer> sexed = slotOf.entrySet().stream().filter(e -> e.getValue().equals(slot))
                    .map(Map.Entry::getKey).toList();
            if (sexed.size() == 1) {
                Sex given = sexOf.get(sexed.get(0));
                differences.add(new BothSexes(col, sexed.get(0), slot, given == Sex.F ? Sex.M : Sex.F));
            } else if (sexed.size() == 2 && sexOf.get(sexed.get(0)) != sexOf.get(sexed.get(1))) {
                boolean maleFirst = sexOf.get(sexed.get(0)) == Sex.M;
                gradeTotals.add(new GradeTotal(col, slot, sexed.get(maleFirst ? 0 : 1), sexed.get(maleFirst ? 1 : 0)));
            }
        });
    }

    /** True for a column of both sexes the other sex is worked out of. */
    boolean givesOtherSex(int col) {
        return differences.stream().anyMatch(d -> d.totalCol() == col);
    }

    /** True for a column of both sexes checked against the two sexes of its grade beside it. */
    boolean checksGrade(int col) {
        return gradeTotals.stream().anyMatch(t -> t.totalCol() == col);
    }

    /**
     * True for a sub-column under a grade saying both sexes: {@code Total}, or {@code T}, {@code HM}, {@code Ensemble}
     * ({@link HeaderText#BOTH_SEXES_WORDS}), which say so only beside the sexes of their grade, as here.
     */
    private boolean bothSexes(String text) {
        return isTotal(text) || text != null && HeaderText.BOTH_SEXES_WORDS.contains(HeaderText.normalizeLabel(text));
    }

    private boolean isTotal(String text) {
        return text != null && totals.code(text) != null;
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
        if (isTotal(text)) {
            return TOTAL;
        }
        String g = grades.code(text);
        return g == null ? null : slot(g);
    }

    private Integer slot(String gradeCode) {
        return ctx.grades().byCode(gradeCode).map(g -> g.slot()).orElse(null);
    }
}
